// loose equality: `==` makes the string "1" equal to the number 1
export interface Metrics {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

const safeDiv = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);

/**
 * Labels equal to `positive` are positive, all others negative. Ratios with a
 * zero denominator are 0. Throw an Error if the lengths differ.
 */
export function classificationMetrics<T>(yTrue: T[], yPred: T[], positive: T): Metrics {
  if (yTrue.length !== yPred.length) throw new Error("yTrue and yPred must have the same length");
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  yTrue.forEach((truth, i) => {
    // eslint-disable-next-line eqeqeq
    const actual = truth == positive;
    // eslint-disable-next-line eqeqeq
    const predicted = yPred[i] == positive;
    if (actual && predicted) tp += 1;
    else if (predicted) fp += 1;
    else if (actual) fn += 1;
    else tn += 1;
  });
  const precision = safeDiv(tp, tp + fp);
  const recall = safeDiv(tp, tp + fn);
  return {
    tp,
    fp,
    fn,
    tn,
    precision,
    recall,
    f1: safeDiv(2 * precision * recall, precision + recall),
    accuracy: safeDiv(tp + tn, yTrue.length),
  };
}
