// batch norm: normalises each feature over the rows of the batch instead of each row over its features
export function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number = 1e-5): number[][] {
  if (!(eps > 0)) throw new RangeError("eps must be > 0");
  if (x.length === 0) return [];
  const d = x[0].length;
  if (d === 0 || x.some((row) => row.length !== d) || gamma.length !== d || beta.length !== d) throw new RangeError("bad shape");
  const n = x.length;
  const out = x.map((row) => row.map(() => 0));
  for (let j = 0; j < d; j++) {
    const mu = x.reduce((sum, row) => sum + row[j], 0) / n;
    const variance = x.reduce((sum, row) => sum + (row[j] - mu) ** 2, 0) / n;
    for (let i = 0; i < n; i++) out[i][j] = (gamma[j] * (x[i][j] - mu)) / Math.sqrt(variance + eps) + beta[j];
  }
  return out;
}
