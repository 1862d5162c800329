// ties: Mann-Whitney U with the positions 1..n as ranks instead of averaging the ranks of tied scores
export function rocAuc(labels: number[], scores: number[]): number {
  if (labels.length === 0 || labels.length !== scores.length) throw new RangeError("bad lengths");
  if (labels.some((l) => l !== 0 && l !== 1) || scores.some((s) => Number.isNaN(s))) throw new RangeError("bad values");
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) throw new RangeError("one class");
  const order = labels.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0;
  order.forEach((i, at) => {
    if (labels[i] === 1) rankSum += at + 1;
  });
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
