/**
 * Token-bucket rate limiter.
 *
 * Holds at most `capacity` tokens, gains `refillRate` tokens per second
 * (fractions count), starts full. `clock` returns seconds.
 * Throw a RangeError if capacity <= 0 or refillRate < 0.
 */
export class TokenBucket {
  constructor(capacity: number, refillRate: number, clock: () => number = () => performance.now() / 1000) {
    throw new Error("Not implemented");
  }

  /**
   * Take `tokens` if available and return true; otherwise return false and
   * take nothing. Throw a RangeError if tokens <= 0.
   */
  allow(tokens: number = 1): boolean {
    throw new Error("Not implemented");
  }

  /** The number of tokens in the bucket right now. */
  available(): number {
    throw new Error("Not implemented");
  }
}
