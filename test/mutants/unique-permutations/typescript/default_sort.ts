// sorting: uses the default sort(), which compares numbers as strings, so 10 comes before 9
export function uniquePermutations<T extends number | string>(items: T[]): T[][] {
  const sorted = [...items].sort();
  const used = new Array<boolean>(sorted.length).fill(false);
  const out: T[][] = [];
  const current: T[] = [];
  const fill = (): void => {
    if (current.length === sorted.length) {
      out.push([...current]);
      return;
    }
    sorted.forEach((x, i) => {
      if (used[i] || (i > 0 && sorted[i] === sorted[i - 1] && !used[i - 1])) return;
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
