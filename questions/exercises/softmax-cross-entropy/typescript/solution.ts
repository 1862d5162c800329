/** Numerically stable softmax. Throw an Error for empty logits. */
export function softmax(logits: number[]): number[] {
  throw new Error("Not implemented");
}

/**
 * Return the loss -log softmax(logits)[target] and its gradient w.r.t. the logits.
 * The loss must stay finite when the target's probability underflows.
 * Throw an Error for empty logits or an invalid target index.
 */
export function crossEntropy(logits: number[], target: number): { loss: number; grad: number[] } {
  throw new Error("Not implemented");
}
