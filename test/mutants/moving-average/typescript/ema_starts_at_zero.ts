// EMA starts from 0 instead of the first value, biased towards 0
/** Mean of the last `window` values (of all values while fewer have arrived). */
export class SimpleMovingAverage {
  private readonly window: number;
  private readonly ring: number[] = []; // once full, `head` is the oldest slot
  private head = 0;
  private sum = 0;
  private latest: number | null = null;

  /** Throw an Error if window < 1. */
  constructor(window: number) {
    if (!(window >= 1)) throw new Error("window must be >= 1");
    this.window = window;
  }

  /** Add x and return the current average, in O(1) time. */
  update(x: number): number {
    if (this.ring.length < this.window) {
      this.ring.push(x);
    } else {
      this.sum -= this.ring[this.head];
      this.ring[this.head] = x;
      this.head = (this.head + 1) % this.window;
    }
    this.sum += x;
    this.latest = this.sum / this.ring.length;
    return this.latest;
  }

  /** The latest average, or null before the first value. */
  get value(): number | null {
    return this.latest;
  }
}

/** ema = alpha * x + (1 - alpha) * ema, initialised with the first value. */
export class ExponentialMovingAverage {
  private readonly alpha: number;
  private latest: number | null = null;

  /** Throw an Error unless 0 < alpha <= 1. */
  constructor(alpha: number) {
    if (!(alpha > 0 && alpha <= 1)) throw new Error("alpha must be in (0, 1]");
    this.alpha = alpha;
  }

  /** Add x and return the current average. */
  update(x: number): number {
    this.latest = this.alpha * x + (1 - this.alpha) * (this.latest ?? 0);
    return this.latest;
  }

  /** The latest average, or null before the first value. */
  get value(): number | null {
    return this.latest;
  }
}
