// sample returns the first index whose cumulative probability is >= r, not > r
/**
 * Return the distribution to sample from after temperature, top-k and top-p.
 *
 * The result has the same length as logits; filtered tokens get 0 and the
 * survivors sum to 1. temperature === 0 means greedy (one-hot on the argmax,
 * lowest index on ties). topK === 0 and topP === 1 disable those filters.
 * Throw an Error for empty logits, temperature < 0, topK < 0 or topP outside (0, 1].
 */
export function samplingDistribution(
  logits: number[],
  temperature: number = 1,
  topK: number = 0,
  topP: number = 1,
): number[] {
  const n = logits.length;
  if (n === 0) throw new Error("logits must not be empty");
  if (temperature < 0) throw new Error("temperature must be >= 0");
  if (topK < 0) throw new Error("topK must be >= 0");
  if (!(topP > 0 && topP <= 1)) throw new Error("topP must be in (0, 1]");

  if (temperature === 0) {
    let best = 0;
    for (let i = 1; i < n; i++) if (logits[i] > logits[best]) best = i;
    return logits.map((_, i) => (i === best ? 1 : 0));
  }

  const scaled = logits.map((x) => x / temperature);
  let top = -Infinity;
  for (const x of scaled) if (x > top) top = x;
  const exps = scaled.map((x) => Math.exp(x - top));
  const total = exps.reduce((a, b) => a + b, 0);
  const probs = exps.map((e) => e / total);

  const order = probs.map((_, i) => i).sort((a, b) => probs[b] - probs[a] || a - b);
  const kept = topK > 0 ? order.slice(0, topK) : order;

  const keptMass = kept.reduce((s, i) => s + probs[i], 0);
  const nucleus: number[] = [];
  let running = 0;
  for (const i of kept) {
    nucleus.push(i);
    running += probs[i] / keptMass;
    if (running >= topP) break;
  }

  const mass = nucleus.reduce((s, i) => s + probs[i], 0);
  const out = new Array<number>(n).fill(0);
  for (const i of nucleus) out[i] = probs[i] / mass;
  return out;
}

/**
 * Draw an index by inverse CDF: the first index whose cumulative probability is
 * strictly greater than rand(). Never return an index whose probability is 0.
 * Throw an Error for an empty array.
 */
export function sample(probs: number[], rand: () => number = Math.random): number {
  if (probs.length === 0) throw new Error("probs must not be empty");
  const r = rand();
  let cumulative = 0;
  let lastNonZero = -1;
  for (let i = 0; i < probs.length; i++) {
    if (probs[i] <= 0) continue;
    lastNonZero = i;
    cumulative += probs[i];
    if (cumulative >= r) return i;
  }
  if (lastNonZero < 0) throw new Error("probs has no positive entry");
  // Rounding can leave the total just below r; fall back to the last real token.
  return lastNonZero;
}
