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
  throw new Error("Not implemented");
}
