// slow: scans every course for the next one whose prerequisites are all taken, O(n^2) on a chain
export function courseOrder(n: number, prerequisites: Array<[number, number]>): number[] | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("bad n");
  const after: number[][] = Array.from({ length: n }, () => []);
  const indegree = new Array<number>(n).fill(0);
  for (const [course, pre] of prerequisites) {
    if (![course, pre].every((x) => Number.isInteger(x) && x >= 0 && x < n)) throw new RangeError("course out of range");
    after[pre].push(course);
    indegree[course]++;
  }
  const taken = new Array<boolean>(n).fill(false);
  const order: number[] = [];
  while (order.length < n) {
    let free = -1;
    for (let c = 0; c < n; c++) {
      if (!taken[c] && indegree[c] === 0) {
        free = c;
        break;
      }
    }
    if (free < 0) return null;
    taken[free] = true;
    order.push(free);
    for (const next of after[free]) indegree[next]--;
  }
  return order;
}
