// divides the error sums by the window size even before the window has filled
/**
 * Combine model predictions with weights proportional to 1 / (recent MAE + eps).
 *
 * The mean absolute error of each model is taken over the last `window` update
 * steps. Before any update the weights are uniform. Throw an Error if
 * nModels < 1, window < 1, eps <= 0, or predictions has the wrong length.
 */
export class WeightedEnsemble {
  private readonly n: number;
  private readonly window: number;
  private readonly eps: number;
  private readonly ring: number[][] = []; // error vectors, oldest at `head` once full
  private head = 0;
  private readonly sums: number[];

  constructor(nModels: number, window: number, eps: number = 1e-9) {
    if (nModels < 1) throw new Error("nModels must be >= 1");
    if (window < 1) throw new Error("window must be >= 1");
    if (!(eps > 0)) throw new Error("eps must be positive");
    this.n = nModels;
    this.window = window;
    this.eps = eps;
    this.sums = new Array<number>(nModels).fill(0);
  }

  private check(predictions: number[]): void {
    if (predictions.length !== this.n) {
      throw new Error(`expected ${this.n} predictions, got ${predictions.length}`);
    }
  }

  /** Record each model's absolute error for one step, in O(nModels). */
  update(predictions: number[], actual: number): void {
    this.check(predictions);
    const errors = predictions.map((p) => Math.abs(p - actual));
    if (this.ring.length < this.window) {
      this.ring.push(errors);
    } else {
      const oldest = this.ring[this.head];
      oldest.forEach((e, i) => (this.sums[i] -= e));
      this.ring[this.head] = errors;
      this.head = (this.head + 1) % this.window;
    }
    errors.forEach((e, i) => (this.sums[i] += e));
  }

  /** Return one weight per model, summing to 1, in O(nModels). */
  weights(): number[] {
    const held = this.ring.length;
    if (held === 0) return new Array<number>(this.n).fill(1 / this.n);
    // Clamp: subtracting evicted errors can leave a sum a hair below zero.
    const raw = this.sums.map((s) => 1 / (Math.max(s, 0) / this.window + this.eps));
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((r) => r / total);
  }

  /** Return the weighted average of predictions with the current weights. */
  predict(predictions: number[]): number {
    this.check(predictions);
    const w = this.weights();
    return predictions.reduce((s, p, i) => s + w[i] * p, 0);
  }
}
