/** Mean of the last `window` values (of all values while fewer have arrived). */
export class SimpleMovingAverage {
  /** Throw an Error if window < 1. */
  constructor(window: number) {
    throw new Error("Not implemented");
  }

  /** Add x and return the current average, in O(1) time. */
  update(x: number): number {
    throw new Error("Not implemented");
  }

  /** The latest average, or null before the first value. */
  get value(): number | null {
    throw new Error("Not implemented");
  }
}

/** ema = alpha * x + (1 - alpha) * ema, initialised with the first value. */
export class ExponentialMovingAverage {
  /** Throw an Error unless 0 < alpha <= 1. */
  constructor(alpha: number) {
    throw new Error("Not implemented");
  }

  /** Add x and return the current average. */
  update(x: number): number {
    throw new Error("Not implemented");
  }

  /** The latest average, or null before the first value. */
  get value(): number | null {
    throw new Error("Not implemented");
  }
}
