// weight decay: adds weightDecay * p to the gradient (L2), which Adam then rescales, instead of decaying p directly
export interface AdamOptions {
  lr?: number; // default 0.001
  beta1?: number; // default 0.9
  beta2?: number; // default 0.999
  eps?: number; // default 1e-8
  weightDecay?: number; // default 0 (decoupled, as in AdamW)
}

/** Adam with decoupled (AdamW) weight decay over a flat array of parameters. */
export class Adam {
  private readonly lr: number;
  private readonly beta1: number;
  private readonly beta2: number;
  private readonly eps: number;
  private readonly weightDecay: number;
  private t = 0;
  private m: Float64Array | null = null; // created on the first step
  private v: Float64Array | null = null;

  /** Throw a RangeError for lr <= 0, a beta outside [0, 1), eps <= 0 or weightDecay < 0. */
  constructor(options: AdamOptions = {}) {
    const { lr = 0.001, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, weightDecay = 0 } = options;
    if (!(lr > 0)) throw new RangeError(`lr must be > 0, got ${lr}`);
    if (!(beta1 >= 0 && beta1 < 1)) throw new RangeError(`beta1 must be in [0, 1), got ${beta1}`);
    if (!(beta2 >= 0 && beta2 < 1)) throw new RangeError(`beta2 must be in [0, 1), got ${beta2}`);
    if (!(eps > 0)) throw new RangeError(`eps must be > 0, got ${eps}`);
    if (!(weightDecay >= 0)) throw new RangeError(`weightDecay must be >= 0, got ${weightDecay}`);
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.weightDecay = weightDecay;
  }

  /** Return the updated parameters (a new array); keep the moments and step count. */
  step(params: number[], grads: number[]): number[] {
    if (params.length !== grads.length) throw new RangeError(`${params.length} parameters but ${grads.length} gradients`);
    if (this.m === null || this.v === null) {
      this.m = new Float64Array(params.length);
      this.v = new Float64Array(params.length);
    } else if (params.length !== this.m.length) {
      throw new RangeError(`this optimiser holds ${this.m.length} parameters, got ${params.length}`);
    }
    const { m, v } = this;
    this.t++;
    const correction1 = 1 - this.beta1 ** this.t;
    const correction2 = 1 - this.beta2 ** this.t;
    return params.map((p, i) => {
      const g = grads[i] + this.weightDecay * p;
      m[i] = this.beta1 * m[i] + (1 - this.beta1) * g;
      v[i] = this.beta2 * v[i] + (1 - this.beta2) * g * g;
      const mHat = m[i] / correction1;
      const vHat = v[i] / correction2;
      return p - this.lr * (mHat / (Math.sqrt(vHat) + this.eps));
    });
  }
}
