// starts everything: calls every task up front (which starts it) and only limits how many are awaited at once
export async function runBounded<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("bad limit");
  const promises = tasks.map((task) => task());
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < promises.length) {
      const i = next++;
      results[i] = await promises[i];
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, () => worker()));
  return results;
}
