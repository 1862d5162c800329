export interface Hypothesis {
  tokens: number[];
  score: number;
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
  throw new Error("Not implemented");
}
