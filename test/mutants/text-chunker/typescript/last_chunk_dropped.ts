// drops the last chunk: stops as soon as the rest fits in one window, without emitting it
function endsSentence(token: string): boolean {
  return ".!?".includes(token[token.length - 1]);
}

/** Windows of at most maxTokens whitespace tokens, consecutive ones sharing `overlap` tokens. */
export function chunkText(text: string, maxTokens: number, overlap: number): string[] {
  if (!Number.isInteger(maxTokens) || maxTokens < 1) {
    throw new RangeError(`maxTokens must be an integer >= 1, got ${maxTokens}`);
  }
  if (!Number.isInteger(overlap) || overlap < 0 || overlap >= maxTokens) {
    throw new RangeError(`overlap must be an integer in [0, maxTokens), got ${overlap} with maxTokens ${maxTokens}`);
  }
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  const chunks: string[] = [];
  let start = 0;
  while (tokens.length > 0) {
    const end = start + maxTokens;
    if (end >= tokens.length) {
      // the rest fits: this is the last chunk
      break;
    }
    let cut = end;
    // The last sentence end in the window, if the chunk would still be longer than the
    // overlap: a shorter one would make the next chunk start where this one did.
    for (let c = end; c > start + overlap; c--) {
      if (endsSentence(tokens[c - 1])) {
        cut = c;
        break;
      }
    }
    chunks.push(tokens.slice(start, cut).join(" "));
    start = cut - overlap;
  }
  return chunks;
}
