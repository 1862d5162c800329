/**
 * Discounted cumulative gain of the first k grades (fewer if the array is shorter): the sum
 * of (2 ** rel - 1) / log2(rank + 1) over ranks 1, 2, ... Throw a RangeError for k < 1 or a
 * negative grade.
 */
export function dcgAtK(relevances: number[], k: number): number {
  throw new Error("Not implemented");
}

/**
 * DCG@k of the ranking divided by the DCG@k of the ideal ranking of every judged document.
 *
 * A document missing from judgments has grade 0. When no judged document has a grade above 0
 * the ideal DCG is 0 and the result is 0. Throw a RangeError for k < 1, a document listed twice
 * in the ranking, or a negative grade.
 */
export function ndcgAtK(ranking: string[], judgments: Map<string, number>, k: number): number {
  throw new Error("Not implemented");
}
