// keeps the window's error vectors and recomputes every mean from them on each weights() call: O(m * window)
export class WeightedEnsemble {
  private readonly n: number;
  private readonly window: number;
  private readonly eps: number;
  private readonly steps: number[][] = [];

  constructor(nModels: number, window: number, eps: number = 1e-9) {
    if (nModels < 1) throw new Error("nModels must be >= 1");
    if (window < 1) throw new Error("window must be >= 1");
    if (!(eps > 0)) throw new Error("eps must be positive");
    this.n = nModels;
    this.window = window;
    this.eps = eps;
  }

  private check(predictions: number[]): void {
    if (predictions.length !== this.n) {
      throw new Error(`expected ${this.n} predictions, got ${predictions.length}`);
    }
  }

  update(predictions: number[], actual: number): void {
    this.check(predictions);
    this.steps.push(predictions.map((p) => Math.abs(p - actual)));
    if (this.steps.length > this.window) this.steps.shift();
  }

  weights(): number[] {
    const held = this.steps.length;
    if (held === 0) return new Array<number>(this.n).fill(1 / this.n);
    const raw: number[] = [];
    for (let i = 0; i < this.n; i++) {
      let sum = 0;
      for (const step of this.steps) sum += step[i];
      raw.push(1 / (sum / held + this.eps));
    }
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((r) => r / total);
  }

  predict(predictions: number[]): number {
    this.check(predictions);
    const w = this.weights();
    return predictions.reduce((s, p, i) => s + w[i] * p, 0);
  }
}
