// discounts rank r by log2(r + 2), so even the first document is discounted
function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError("k must be a positive integer");
}

function checkGrade(rel: number): void {
  if (!(rel >= 0 && Number.isFinite(rel))) throw new RangeError("relevance grades must be finite and >= 0");
}

/**
 * Discounted cumulative gain of the first k grades (fewer if the array is shorter): the sum
 * of (2 ** rel - 1) / log2(rank + 1) over ranks 1, 2, ... Throw a RangeError for k < 1 or a
 * negative grade.
 */
export function dcgAtK(relevances: number[], k: number): number {
  checkK(k);
  relevances.forEach(checkGrade);
  return relevances.slice(0, k).reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 3), 0);
}

/**
 * DCG@k of the ranking divided by the DCG@k of the ideal ranking of every judged document.
 *
 * A document missing from judgments has grade 0. When no judged document has a grade above 0
 * the ideal DCG is 0 and the result is 0. Throw a RangeError for k < 1, a document listed twice
 * in the ranking, or a negative grade.
 */
export function ndcgAtK(ranking: string[], judgments: Map<string, number>, k: number): number {
  checkK(k);
  if (new Set(ranking).size !== ranking.length) throw new RangeError("a document appears twice in the ranking");
  judgments.forEach(checkGrade);
  const actual = dcgAtK(ranking.map((doc) => judgments.get(doc) ?? 0), k);
  // The ideal ranking orders all judged documents, retrieved or not, by grade.
  const ideal = dcgAtK([...judgments.values()].sort((a, b) => b - a), k);
  return ideal > 0 ? actual / ideal : 0;
}
