/**
 * Every distinct ordering of items, each once, in lexicographic order (numbers by value).
 * Time proportional to the output: never build a duplicate. Do not modify items.
 */
export function uniquePermutations<T extends number | string>(items: T[]): T[][] {
  // Trying the distinct values in order gives lexicographic output.
  const values = [...new Set(items)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const left = values.map((v) => items.filter((x) => x === v).length);
  const out: T[][] = [];
  const current: T[] = [];
  const fill = (): void => {
    if (current.length === items.length) {
      out.push([...current]); // a copy: current keeps changing
      return;
    }
    values.forEach((v, k) => {
      if (left[k] === 0) return;
      left[k]--;
      current.push(v);
      fill();
      current.pop();
      left[k]++;
    });
  };
  fill();
  return out;
}
