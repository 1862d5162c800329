// sorts with the default sort(), which compares numbers as strings (10 before 9)
export function uniqueSubsets<T extends number | string>(items: T[]): T[][] {
  const ordered = [...items].sort();
  const out: T[][] = [];
  const current: T[] = [];
  const extend = (start: number): void => {
    out.push([...current]);
    for (let i = start; i < ordered.length; i++) {
      if (i > start && ordered[i] === ordered[i - 1]) continue;
      current.push(ordered[i]);
      extend(i + 1);
      current.pop();
    }
  };
  extend(0);
  return out;
}
