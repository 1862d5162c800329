// adds the probabilities of the tokens instead of their log-probabilities
export interface Hypothesis {
  tokens: number[];
  score: number;
}

/** Lexicographic order on token lists: the first difference decides; a prefix comes first. */
function compareTokens(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Best first: higher score, then the smaller token list. */
function byRank(a: Hypothesis, b: Hypothesis): number {
  if (a.score !== b.score) return a.score > b.score ? -1 : 1;
  return compareTokens(a.tokens, b.tokens);
}

/**
 * Beam-search decoding over a next-token model.
 *
 * step(prefix) returns one log-probability per vocabulary token for the token
 * that follows prefix (the tokens generated so far; [] at the start). At each
 * of at most maxLength steps, every live beam is expanded by every token with a
 * finite log-probability, and the beamWidth best candidates (highest summed
 * log-probability; equal scores: the lexicographically smaller token list
 * first) are kept. A kept candidate ending in eos is finished and is not
 * expanded again. Live beams left after maxLength steps are hypotheses too.
 * Return the beamWidth best hypotheses, best first, with score = sum of
 * log-probs / tokens.length ** lengthPenalty, ranked by that score with the same
 * tie rule. Throw an Error if beamWidth < 1 or maxLength < 1.
 */
export function beamSearch(
  step: (prefix: number[]) => number[],
  beamWidth: number,
  maxLength: number,
  eos: number,
  lengthPenalty: number = 0,
): Hypothesis[] {
  if (beamWidth < 1) throw new Error("beamWidth must be at least 1");
  if (maxLength < 1) throw new Error("maxLength must be at least 1");

  let live: Hypothesis[] = [{ tokens: [], score: 0 }];
  const finished: Hypothesis[] = [];
  for (let t = 0; t < maxLength && live.length > 0; t++) {
    const candidates: Hypothesis[] = [];
    for (const beam of live) {
      step(beam.tokens).forEach((logProb, token) => {
        // Probability 0: never part of a hypothesis.
        if (logProb !== -Infinity) candidates.push({ tokens: [...beam.tokens, token], score: beam.score + Math.exp(logProb) });
      });
    }
    // One global ranking over the expansions of all beams, not a top-k per beam.
    candidates.sort(byRank);
    live = [];
    for (const candidate of candidates.slice(0, beamWidth)) {
      (candidate.tokens[candidate.tokens.length - 1] === eos ? finished : live).push(candidate);
    }
  }
  return [...finished, ...live]
    .map((h) => ({ tokens: h.tokens, score: h.score / h.tokens.length ** lengthPenalty }))
    .sort(byRank)
    .slice(0, beamWidth);
}
