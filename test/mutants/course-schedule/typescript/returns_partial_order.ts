// cycle missed: returns the courses it could order even when a cycle left some out
/**
 * An order of the courses 0..n-1 in which each [course, prerequisite] pair's
 * prerequisite comes first, or null if the prerequisites form a cycle.
 * Throw a RangeError for a negative n or a course outside 0..n-1.
 * Do not modify `prerequisites`. O(n + prerequisites.length) time.
 */
export function courseOrder(n: number, prerequisites: Array<[number, number]>): number[] | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer >= 0, got ${n}`);
  const isCourse = (x: number): boolean => Number.isInteger(x) && x >= 0 && x < n;
  const after: number[][] = Array.from({ length: n }, () => []); // after[p]: the courses that need p
  const indegree = new Array<number>(n).fill(0);
  for (const [course, pre] of prerequisites) {
    if (!isCourse(course) || !isCourse(pre)) throw new RangeError(`pair [${course}, ${pre}] names a course outside 0..${n - 1}`);
    after[pre].push(course);
    indegree[course]++;
  }
  const order: number[] = [];
  for (let c = 0; c < n; c++) if (indegree[c] === 0) order.push(c);
  // `order` doubles as the queue: everything after `head` is ready but not yet processed.
  for (let head = 0; head < order.length; head++) {
    for (const next of after[order[head]]) {
      indegree[next]--;
      if (indegree[next] === 0) order.push(next);
    }
  }
  return order;
}
