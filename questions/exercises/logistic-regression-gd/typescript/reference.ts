function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Full-batch gradient descent on the mean binary cross-entropy, from w = 0 and b = 0. */
export function fitLogistic(X: number[][], y: number[], lr: number, steps: number): { w: number[]; b: number } {
  if (X.length === 0) throw new RangeError("X must not be empty");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new RangeError("all rows of X must have the same length");
  if (y.length !== X.length) throw new RangeError("X and y must have the same number of rows");
  if (y.some((t) => t !== 0 && t !== 1)) throw new RangeError("labels must be 0 or 1");
  if (!(lr > 0)) throw new RangeError("lr must be > 0");
  if (steps < 0) throw new RangeError("steps must be >= 0");
  const n = X.length;
  let w = new Array<number>(d).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const residual = X.map((row, j) => sigmoid(row.reduce((s, xk, k) => s + w[k] * xk, 0) + b) - y[j]);
    const gradW = w.map((_, k) => residual.reduce((s, r, j) => s + r * X[j][k], 0) / n);
    const gradB = residual.reduce((s, r) => s + r, 0) / n;
    w = w.map((wk, k) => wk - lr * gradW[k]);
    b -= lr * gradB;
  }
  return { w, b };
}
