// sorting: sorts the values with the default comparator, which compares them as strings
function gini(counts: Map<number | string, number>, m: number): number {
  let sumSquares = 0;
  for (const c of counts.values()) sumSquares += (c / m) ** 2;
  return 1 - sumSquares;
}

/**
 * The threshold (x <= threshold goes left) minimising the weighted Gini impurity, and that
 * impurity. Thresholds are midpoints between consecutive distinct sorted values; ties go to
 * the smallest. null with fewer than two distinct values. Throw a RangeError for mismatched
 * lengths or a NaN value. Do not modify the inputs. O(n log n).
 */
export function bestSplit(values: number[], labels: Array<number | string>): { threshold: number; impurity: number } | null {
  if (values.length !== labels.length) throw new RangeError(`${values.length} values but ${labels.length} labels`);
  if (values.some((v) => Number.isNaN(v))) throw new RangeError("a value is NaN");
  const n = values.length;
  const byText = [...values].sort();
  const rank = new Map(byText.map((v, i) => [v, i]));
  const order = values.map((_, i) => i).sort((a, b) => (rank.get(values[a]) as number) - (rank.get(values[b]) as number));
  const left = new Map<number | string, number>();
  const right = new Map<number | string, number>();
  for (const label of labels) right.set(label, (right.get(label) ?? 0) + 1);
  let best: { threshold: number; impurity: number } | null = null;
  for (let k = 1; k < n; k++) {
    const prev = values[order[k - 1]];
    const label = labels[order[k - 1]];
    left.set(label, (left.get(label) ?? 0) + 1); // sample k - 1 moves to the left side
    const rest = (right.get(label) as number) - 1;
    if (rest === 0) right.delete(label);
    else right.set(label, rest);
    const next = values[order[k]];
    if (prev === next) continue; // no threshold between equal values
    const impurity = (k * gini(left, k) + (n - k) * gini(right, n - k)) / n;
    if (best === null || impurity < best.impurity - 1e-12) best = { threshold: (prev + next) / 2, impurity };
  }
  return best;
}
