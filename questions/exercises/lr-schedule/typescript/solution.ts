/**
 * Learning rate per optimiser step: linear warmup, then cosine decay to a floor.
 *
 * With W = warmupSteps and T = totalSteps:
 *   step < W:       peakLr * step / W                          (0 at step 0)
 *   W <= step < T:  p = (step - W) / (T - W)
 *                   minLr + (peakLr - minLr) * (1 + cos(pi * p)) / 2   (peakLr at step W)
 *   step >= T:      minLr
 * Throw a RangeError unless peakLr > 0, 0 <= minLr <= peakLr, W is an integer
 * >= 0 and T an integer > W; lr() throws a RangeError for a step that is not an
 * integer >= 0.
 */
export class WarmupCosineSchedule {
  constructor(peakLr: number, minLr: number, warmupSteps: number, totalSteps: number) {
    throw new Error("Not implemented");
  }

  /** The learning rate to use for optimiser step `step` (counting from 0). */
  lr(step: number): number {
    throw new Error("Not implemented");
  }
}
