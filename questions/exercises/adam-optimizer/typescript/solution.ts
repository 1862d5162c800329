export interface AdamOptions {
  lr?: number; // default 0.001
  beta1?: number; // default 0.9
  beta2?: number; // default 0.999
  eps?: number; // default 1e-8
  weightDecay?: number; // default 0 (decoupled, as in AdamW)
}

/** Adam with decoupled (AdamW) weight decay over a flat array of parameters. */
export class Adam {
  /** Throw a RangeError for lr <= 0, a beta outside [0, 1), eps <= 0 or weightDecay < 0. */
  constructor(options: AdamOptions = {}) {
    throw new Error("Not implemented");
  }

  /** Return the updated parameters (a new array); keep the moments and step count. */
  step(params: number[], grads: number[]): number[] {
    throw new Error("Not implemented");
  }
}
