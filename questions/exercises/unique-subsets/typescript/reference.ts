/** Every distinct subset of items, each in ascending order, the subsets in lexicographic order. */
export function uniqueSubsets<T extends number | string>(items: T[]): T[][] {
  const ordered = [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: T[][] = [];
  const current: T[] = [];
  const extend = (start: number): void => {
    out.push([...current]);
    for (let i = start; i < ordered.length; i++) {
      if (i > start && ordered[i] === ordered[i - 1]) continue; // same value, same subsets
      current.push(ordered[i]);
      extend(i + 1);
      current.pop();
    }
  };
  extend(0);
  return out;
}
