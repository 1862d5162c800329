// generates every subset of positions (2^n) and removes duplicates afterwards with a set of keys
export function uniqueSubsets<T extends number | string>(items: T[]): T[][] {
  const ordered = [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Map<string, T[]>();
  const current: T[] = [];
  const visit = (i: number): void => {
    if (i === ordered.length) {
      seen.set(JSON.stringify(current), [...current]);
      return;
    }
    visit(i + 1);
    current.push(ordered[i]);
    visit(i + 1);
    current.pop();
  };
  visit(0);
  const cmp = (a: T[], b: T[]): number => {
    for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
    return a.length - b.length;
  };
  return [...seen.values()].sort(cmp);
}
