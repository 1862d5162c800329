// causal mask off by one: query i sees keys 0..i-1 only (and query 0 sees all)
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
    const limit = causal && i > 0 ? i : k.length;
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
    const row = new Array<number>(dv).fill(0);
    exps.forEach((e, j) => {
      const w = e / total;
      for (let c = 0; c < dv; c++) row[c] += w * v[j][c];
    });
    out.push(row);
  });
  return out;
}
