// slow: generates all n! orderings and removes the duplicates afterwards, n! however few are distinct
export function uniquePermutations<T extends number | string>(items: T[]): T[][] {
  const seen = new Map<string, T[]>();
  const a = [...items];
  const permute = (start: number): void => {
    if (start === a.length) {
      seen.set(JSON.stringify(a), [...a]);
      return;
    }
    for (let j = start; j < a.length; j++) {
      [a[start], a[j]] = [a[j], a[start]];
      permute(start + 1);
      [a[start], a[j]] = [a[j], a[start]];
    }
  };
  permute(0);
  const lexLess = (x: T[], y: T[]): number => {
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  };
  return [...seen.values()].sort(lexLess);
}
