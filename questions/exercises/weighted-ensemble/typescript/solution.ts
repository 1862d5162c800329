/**
 * Combine model predictions with weights proportional to 1 / (recent MAE + eps).
 *
 * The mean absolute error of each model is taken over the last `window` update
 * steps. Before any update the weights are uniform. Throw an Error if
 * nModels < 1, window < 1, eps <= 0, or predictions has the wrong length.
 */
export class WeightedEnsemble {
  constructor(nModels: number, window: number, eps: number = 1e-9) {
    throw new Error("Not implemented");
  }

  /** Record each model's absolute error for one step, in O(nModels). */
  update(predictions: number[], actual: number): void {
    throw new Error("Not implemented");
  }

  /** Return one weight per model, summing to 1, in O(nModels). */
  weights(): number[] {
    throw new Error("Not implemented");
  }

  /** Return the weighted average of predictions with the current weights. */
  predict(predictions: number[]): number {
    throw new Error("Not implemented");
  }
}
