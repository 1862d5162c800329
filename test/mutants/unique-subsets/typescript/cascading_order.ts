// builds the subsets iteratively (extend every subset so far by the next value), which is not lexicographic order
export function uniqueSubsets<T extends number | string>(items: T[]): T[][] {
  const ordered = [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: T[][] = [[]];
  let lastAdded = 0;
  ordered.forEach((v, i) => {
    const begin = i > 0 && v === ordered[i - 1] ? lastAdded : 0;
    const grown = out.slice(begin).map((s) => [...s, v]);
    lastAdded = out.length;
    out.push(...grown);
  });
  return out;
}
