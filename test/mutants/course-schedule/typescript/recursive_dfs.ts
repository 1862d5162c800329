// recursion: a correct three-colour depth-first search, but recursive, so a 100,000-course chain overflows the stack
export function courseOrder(n: number, prerequisites: Array<[number, number]>): number[] | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("bad n");
  const after: number[][] = Array.from({ length: n }, () => []);
  for (const [course, pre] of prerequisites) {
    if (![course, pre].every((x) => Number.isInteger(x) && x >= 0 && x < n)) throw new RangeError("course out of range");
    after[pre].push(course);
  }
  const state = new Array<number>(n).fill(0); // 0 unseen, 1 on the current path, 2 finished
  const finished: number[] = [];
  const visit = (node: number): boolean => {
    state[node] = 1;
    for (const child of after[node]) {
      if (state[child] === 1) return false;
      if (state[child] === 0 && !visit(child)) return false;
    }
    state[node] = 2;
    finished.push(node);
    return true;
  };
  for (let root = 0; root < n; root++) if (state[root] === 0 && !visit(root)) return null;
  return finished.reverse();
}
