// slow: recounts both sides from scratch for every candidate threshold, O(n^2)
function gini(labels: Array<number | string>): number {
  const counts = new Map<number | string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  let s = 0;
  for (const c of counts.values()) s += (c / labels.length) ** 2;
  return 1 - s;
}

export function bestSplit(values: number[], labels: Array<number | string>): { threshold: number; impurity: number } | null {
  if (values.length !== labels.length || values.some((v) => Number.isNaN(v))) throw new RangeError("bad input");
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  let best: { threshold: number; impurity: number } | null = null;
  for (let i = 1; i < distinct.length; i++) {
    const t = (distinct[i - 1] + distinct[i]) / 2;
    const left = labels.filter((_, j) => values[j] <= t);
    const right = labels.filter((_, j) => values[j] > t);
    const impurity = (left.length * gini(left) + right.length * gini(right)) / values.length;
    if (best === null || impurity < best.impurity - 1e-12) best = { threshold: t, impurity };
  }
  return best;
}
