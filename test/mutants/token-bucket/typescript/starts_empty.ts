// the bucket starts empty instead of full
/** Token bucket with lazy refill: O(1) time per call, O(1) memory. */
export class TokenBucket {
  private readonly capacity: number;
  private readonly rate: number;
  private readonly clock: () => number;
  private tokens: number;
  private last: number;

  constructor(capacity: number, refillRate: number, clock: () => number = () => performance.now() / 1000) {
    if (!(capacity > 0)) throw new RangeError(`capacity must be > 0, got ${capacity}`);
    if (!(refillRate >= 0)) throw new RangeError(`refillRate must be >= 0, got ${refillRate}`);
    this.capacity = capacity;
    this.rate = refillRate;
    this.clock = clock;
    this.tokens = 0;
    this.last = clock();
  }

  private refill(): void {
    const now = this.clock();
    if (now > this.last) {
      // a clock that goes backwards adds nothing
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.rate);
      this.last = now;
    }
  }

  allow(tokens: number = 1): boolean {
    if (!(tokens > 0)) throw new RangeError(`tokens must be > 0, got ${tokens}`);
    this.refill();
    if (this.tokens >= tokens) {
      this.tokens -= tokens;
      return true;
    }
    return false;
  }

  available(): number {
    this.refill();
    return this.tokens;
  }
}
