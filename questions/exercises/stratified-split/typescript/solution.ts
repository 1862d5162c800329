/**
 * Split the items 0 .. labels.length - 1 into train and test index arrays, each ascending.
 *
 * For each class (the items with equal labels, in index order, n of them):
 *   t = Math.floor(n * testFraction + 0.5)      (round half up)
 *   then at least 1 and at most n - 1:          t = min(max(t, 1), n - 1); a class of one item has t = 0
 *   the test items are the class's items at positions floor((2j + 1) * n / (2t)), j = 0 .. t - 1
 * Everything else is train. Throw a RangeError unless 0 < testFraction < 1.
 */
export function stratifiedSplit(labels: (string | number)[], testFraction: number): { train: number[]; test: number[] } {
  throw new Error("Not implemented");
}
