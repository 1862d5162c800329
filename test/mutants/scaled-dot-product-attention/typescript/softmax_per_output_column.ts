// recomputes the softmax for every output column: O(n * m * d * dv)
function checkWidth(rows: number[][], name: string): number {
  const width = rows[0].length;
  if (rows.some((row) => row.length !== width)) {
    throw new Error(`rows of ${name} have different lengths`);
  }
  return width;
}

/**
 * Return softmax(q · kᵀ / √d) · v as an array of rows.
 *
 * q is n × d, k is m × d, v is m × dv. With causal = true, query i may only
 * attend to keys 0..i (requires q.length === k.length). Throw an Error on shapes
 * that do not fit. An empty q returns [].
 */
export function scaledDotProductAttention(
  q: number[][],
  k: number[][],
  v: number[][],
  causal: boolean = false,
): number[][] {
  if (q.length === 0) return [];
  if (k.length === 0) throw new Error("no keys to attend to");
  if (k.length !== v.length) throw new Error("k and v must have the same number of rows");
  const d = checkWidth(q, "q");
  if (checkWidth(k, "k") !== d) throw new Error("q and k must have the same width");
  if (d === 0) throw new Error("width must be positive");
  const dv = checkWidth(v, "v");
  if (causal && q.length !== k.length) throw new Error("a causal mask needs q.length === k.length");

  const scale = 1 / Math.sqrt(d);
  const out: number[][] = [];
  q.forEach((qi, i) => {
    const limit = causal ? i + 1 : k.length;
    const scores: number[] = [];
    for (let j = 0; j < limit; j++) {
      let dot = 0;
      for (let c = 0; c < d; c++) dot += qi[c] * k[j][c];
      scores.push(dot * scale);
    }
    const top = Math.max(...scores);
    // Shifting by the max keeps every exponent <= 0, so exp never overflows.
    const exps = scores.map((s) => Math.exp(s - top));
    const total = exps.reduce((a, b) => a + b, 0);
    const row: number[] = [];
    for (let c = 0; c < dv; c++) {
      const s: number[] = [];
      for (let j = 0; j < limit; j++) {
        let dot = 0;
        for (let x = 0; x < d; x++) dot += qi[x] * k[j][x];
        s.push(dot * scale);
      }
      const t = Math.max(...s);
      const e = s.map((x) => Math.exp(x - t));
      const z = e.reduce((a, b) => a + b, 0);
      let acc = 0;
      for (let j = 0; j < limit; j++) acc += (e[j] / z) * v[j][c];
      row.push(acc);
    }
    out.push(row);
  });
  return out;
}
