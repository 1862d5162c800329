// measures document length (and the mean) in distinct tokens
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
  if (!(k1 >= 0)) throw new RangeError("k1 must be >= 0");
  if (!(b >= 0 && b <= 1)) throw new RangeError("b must be in [0, 1]");
  const nDocs = corpus.length;
  const totalLength = corpus.reduce((s, doc) => s + new Set(doc).size, 0);
  if (totalLength === 0) return corpus.map(() => 0); // no document contains anything (and avgdl would be 0)
  const avgdl = totalLength / nDocs;
  // Document frequency: the number of documents containing the term, counted once per document.
  const df = new Map<string, number>();
  for (const doc of corpus) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string): number => {
    const n = df.get(term) ?? 0;
    return Math.log(1 + (nDocs - n + 0.5) / (n + 0.5));
  };
  return corpus.map((doc) => {
    const counts = new Map<string, number>();
    for (const term of doc) counts.set(term, (counts.get(term) ?? 0) + 1);
    const norm = k1 * (1 - b + (b * new Set(doc).size) / avgdl);
    let score = 0;
    for (const term of query) {
      const f = counts.get(term) ?? 0;
      if (f > 0) score += (idf(term) * f * (k1 + 1)) / (f + norm);
    }
    return score;
  });
}

/** Indices of the documents with a score above 0, best first; equal scores in corpus order. */
export function bm25Rank(query: string[], corpus: string[][], k1: number = 1.2, b: number = 0.75): number[] {
  const scores = bm25Scores(query, corpus, k1, b);
  return scores
    .map((s, i) => i)
    .filter((i) => scores[i] > 0)
    .sort((i, j) => (scores[i] !== scores[j] ? (scores[i] > scores[j] ? -1 : 1) : i - j));
}
