// the loss is a mean but the gradient is not divided by the batch size
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

/**
 * Mean softmax cross-entropy of a two-layer MLP and its gradients.
 *
 * x is n × d, y holds n class indices, params has w1 (d × h), b1 (h), w2 (h × k)
 * and b2 (k). Forward: z1 = x·w1 + b1, a1 = relu(z1), z2 = a1·w2 + b2,
 * loss = mean over the batch of -log softmax(z2)[y]. Return the loss and grads
 * with the same keys and shapes as params. The ReLU's derivative at exactly 0 is
 * taken as 0. Throw an Error for an empty batch, shapes that do not fit, or a
 * label outside 0..k-1.
 */
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

  // Forward pass, keeping what the backward pass needs.
  const z1 = x.map((row) => b1.map((b, j) => row.reduce((s, v, i) => s + v * w1[i][j], b)));
  const a1 = z1.map((row) => row.map((v) => Math.max(v, 0)));
  const z2 = a1.map((row) => b2.map((b, c) => row.reduce((s, v, j) => s + v * w2[j][c], b)));

  let loss = 0;
  const dz2 = z2.map((logits, r) => {
    const top = Math.max(...logits);
    const exps = logits.map((v) => Math.exp(v - top));
    const total = exps.reduce((a, b) => a + b, 0);
    loss += top + Math.log(total) - logits[y[r]]; // logsumexp(z) - z[target]
    const g = exps.map((e) => e / total);
    g[y[r]] -= 1;
    return g;
  });
  loss /= n;

  // Backward pass.
  const zeros = (rows: number, cols: number): number[][] => Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  const dw2 = zeros(h, k);
  const db2 = new Array<number>(k).fill(0);
  const dw1 = zeros(d, h);
  const db1 = new Array<number>(h).fill(0);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < h; j++) for (let c = 0; c < k; c++) dw2[j][c] += a1[r][j] * dz2[r][c];
    for (let c = 0; c < k; c++) db2[c] += dz2[r][c];
    // da1 = dz2 · w2ᵀ, then the ReLU mask: no gradient where z1 <= 0.
    const dz1 = z1[r].map((z, j) => (z > 0 ? dz2[r].reduce((s, g, c) => s + g * w2[j][c], 0) : 0));
    for (let i = 0; i < d; i++) for (let j = 0; j < h; j++) dw1[i][j] += x[r][i] * dz1[j];
    for (let j = 0; j < h; j++) db1[j] += dz1[j];
  }
  return { loss, grads: { w1: dw1, b1: db1, w2: dw2, b2: db2 } };
}
