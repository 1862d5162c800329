// validation: lets NaN scores through, so the comparator is inconsistent and the AUC arbitrary
/**
 * Area under the ROC curve: the chance that a random positive outscores a random
 * negative, ties counting one half. Throw a RangeError for empty or mismatched input,
 * a label other than 0/1, a NaN score, or a single class. O(n log n) time.
 */
export function rocAuc(labels: number[], scores: number[]): number {
  const n = labels.length;
  if (n === 0 || n !== scores.length) throw new RangeError(`need two non-empty arrays of one length, got ${n} and ${scores.length}`);
  if (labels.some((label) => label !== 0 && label !== 1)) throw new RangeError("labels must be 0 or 1");
  const positives = labels.reduce((sum, label) => sum + label, 0);
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) throw new RangeError("AUC needs at least one positive and one negative");
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
