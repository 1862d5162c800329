// ties: walks the ROC curve one example at a time, so inside a group of tied scores the area depends on the input order
export function rocAuc(labels: number[], scores: number[]): number {
  if (labels.length === 0 || labels.length !== scores.length) throw new RangeError("bad lengths");
  if (labels.some((l) => l !== 0 && l !== 1) || scores.some((s) => Number.isNaN(s))) throw new RangeError("bad values");
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) throw new RangeError("one class");
  const order = labels.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let tp = 0;
  let area = 0;
  for (const i of order) {
    if (labels[i] === 1) tp++;
    else area += (tp / positives) * (1 / negatives); // one negative: a step right at the current height
  }
  return area;
}
