// estimates every gradient by central differences, two forward passes per parameter
export interface Params {
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
}

function width(rows: number[][], name: string): number {
  const w = rows.length > 0 ? rows[0].length : 0;
  if (w === 0 || rows.some((row) => row.length !== w)) {
    throw new Error(`${name} must be a non-empty matrix with rows of equal length`);
  }
  return w;
}

function lossAt(x: number[][], y: number[], p: Params): number {
  let sum = 0;
  x.forEach((row, r) => {
    const hidden = p.b1.map((b, j) => Math.max(0, row.reduce((s, v, i) => s + v * p.w1[i][j], b)));
    const out = p.b2.map((b, c) => hidden.reduce((s, v, j) => s + v * p.w2[j][c], b));
    const top = Math.max(...out);
    sum += top + Math.log(out.reduce((s, v) => s + Math.exp(v - top), 0)) - out[y[r]];
  });
  return sum / x.length;
}

export function mlpLossAndGrads(x: number[][], y: number[], params: Params): { loss: number; grads: Params } {
  const { w1, b1, w2, b2 } = params;
  const n = x.length;
  if (n === 0) throw new Error("the batch must not be empty");
  const d = width(x, "x");
  const h = width(w1, "w1");
  const k = width(w2, "w2");
  if (w1.length !== d || b1.length !== h || w2.length !== h || b2.length !== k) {
    throw new Error("parameter shapes do not fit x and each other");
  }
  if (y.length !== n || y.some((t) => !Number.isInteger(t) || t < 0 || t >= k)) {
    throw new Error("y must hold one class index in 0..k-1 per row of x");
  }
  const step = 1e-5;
  const p: Params = JSON.parse(JSON.stringify(params)) as Params;
  const estimate = (cells: number[]): number[] =>
    cells.map((keep, c) => {
      cells[c] = keep + step;
      const up = lossAt(x, y, p);
      cells[c] = keep - step;
      const down = lossAt(x, y, p);
      cells[c] = keep;
      return (up - down) / (2 * step);
    });
  const grads = { w1: p.w1.map(estimate), b1: estimate(p.b1), w2: p.w2.map(estimate), b2: estimate(p.b2) };
  return { loss: lossAt(x, y, params), grads };
}
