/**
 * The BM25 score of every document in corpus (same order) for the query.
 *
 * score(d) = sum over the query's tokens t (repeats count again) of
 *   idf(t) * f * (k1 + 1) / (f + k1 * (1 - b + b * |d| / avgdl))
 * with f the count of t in d, avgdl the mean document length over the corpus, and
 * idf(t) = ln(1 + (N - n + 0.5) / (n + 0.5)) for N documents of which n contain t.
 * If every document is empty, every score is 0. Throw a RangeError for k1 < 0 or b outside [0, 1].
 */
export function bm25Scores(query: string[], corpus: string[][], k1: number = 1.2, b: number = 0.75): number[] {
  throw new Error("Not implemented");
}

/** Indices of the documents with a score above 0, best first; equal scores in corpus order. */
export function bm25Rank(query: string[], corpus: string[][], k1: number = 1.2, b: number = 0.75): number[] {
  throw new Error("Not implemented");
}
