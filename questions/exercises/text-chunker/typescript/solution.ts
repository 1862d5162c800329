/**
 * Split text into chunks of at most maxTokens whitespace tokens for retrieval.
 *
 * Tokens are the runs of non-whitespace characters; a chunk is its tokens
 * joined by one space. Each chunk after the first starts with the last
 * `overlap` tokens of the one before. A chunk that is not the last ends at the
 * last sentence end (a token ending in . ! or ?) in its window that leaves it
 * longer than `overlap` tokens, else after maxTokens tokens.
 * Throw a RangeError unless maxTokens >= 1 and 0 <= overlap < maxTokens (integers).
 */
export function chunkText(text: string, maxTokens: number, overlap: number): string[] {
  throw new Error("Not implemented");
}
