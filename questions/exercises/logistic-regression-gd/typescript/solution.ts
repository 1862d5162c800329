/**
 * Fit p = sigmoid(w . x + b) to labels y in {0, 1} by `steps` full-batch
 * gradient descent updates on the mean binary cross-entropy, starting from
 * w = 0 and b = 0.
 * Throw a RangeError on empty X, ragged rows, y.length != X.length, labels
 * other than 0/1, lr <= 0 or steps < 0. Do not modify the inputs.
 * fitLogistic([[1], [-1]], [1, 0], 1, 1) -> { w: [0.5], b: 0 }
 */
export function fitLogistic(X: number[][], y: number[], lr: number, steps: number): { w: number[]; b: number } {
  throw new Error("Not implemented");
}
