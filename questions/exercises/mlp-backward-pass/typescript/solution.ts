export interface Params {
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
}

/**
 * Mean softmax cross-entropy of a two-layer MLP and its gradients.
 *
 * x is n × d, y holds n class indices, params has w1 (d × h), b1 (h), w2 (h × k)
 * and b2 (k). Forward: z1 = x·w1 + b1, a1 = relu(z1), z2 = a1·w2 + b2,
 * loss = mean over the batch of -log softmax(z2)[y]. Return the loss and grads
 * with the same keys and shapes as params. The ReLU's derivative at exactly 0 is
 * taken as 0. Throw an Error for an empty batch, shapes that do not fit, or a
 * label outside 0..k-1.
 */
export function mlpLossAndGrads(x: number[][], y: number[], params: Params): { loss: number; grads: Params } {
  throw new Error("Not implemented");
}
