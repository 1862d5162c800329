/**
 * Return the k [index, cosine similarity] pairs most similar to query.
 *
 * Sorted by score descending, ties by lower index. A zero vector (query or
 * document) has similarity 0. k <= 0 returns []; k > vectors.length returns all.
 * Throw an Error if a vector's length differs from the query's.
 */
export function cosineTopK(query: number[], vectors: number[][], k: number): Array<[number, number]> {
  throw new Error("Not implemented");
}
