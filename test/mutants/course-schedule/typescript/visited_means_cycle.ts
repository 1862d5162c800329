// cycle test: depth-first search that calls any already-visited course a cycle, so a diamond is rejected
export function courseOrder(n: number, prerequisites: Array<[number, number]>): number[] | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("bad n");
  const after: number[][] = Array.from({ length: n }, () => []);
  for (const [course, pre] of prerequisites) {
    if (![course, pre].every((x) => Number.isInteger(x) && x >= 0 && x < n)) throw new RangeError("course out of range");
    after[pre].push(course);
  }
  const visited = new Array<boolean>(n).fill(false);
  const finished: number[] = [];
  for (let root = 0; root < n; root++) {
    if (visited[root]) continue;
    visited[root] = true;
    const stack: Array<[number, number]> = [[root, 0]]; // node, index of the next child
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, at] = top;
      if (at === after[node].length) {
        stack.pop();
        finished.push(node);
        continue;
      }
      top[1]++;
      const child = after[node][at];
      if (visited[child]) return null;
      visited[child] = true;
      stack.push([child, 0]);
    }
  }
  return finished.reverse();
}
