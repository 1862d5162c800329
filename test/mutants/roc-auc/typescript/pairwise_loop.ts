// slow: compares every positive with every negative, O(P * N)
export function rocAuc(labels: number[], scores: number[]): number {
  if (labels.length === 0 || labels.length !== scores.length) throw new RangeError("bad lengths");
  if (labels.some((l) => l !== 0 && l !== 1) || scores.some((s) => Number.isNaN(s))) throw new RangeError("bad values");
  const pos = scores.filter((_, i) => labels[i] === 1);
  const neg = scores.filter((_, i) => labels[i] === 0);
  if (pos.length === 0 || neg.length === 0) throw new RangeError("one class");
  let total = 0;
  for (const p of pos) for (const q of neg) total += p > q ? 1 : p === q ? 0.5 : 0;
  return total / (pos.length * neg.length);
}
