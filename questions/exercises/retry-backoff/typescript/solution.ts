export interface RetryOptions {
  maxAttempts: number;
  /** Seconds. */
  baseDelay: number;
  /** Seconds. */
  maxDelay: number;
  isRetryable: (error: unknown) => boolean;
  sleep?: (seconds: number) => Promise<void>;
  random?: () => number;
}

/**
 * Call fn() until it succeeds, and resolve to its result.
 *
 * An error from attempt n (counting from 1; a throw or a rejected promise) is
 * rethrown at once if isRetryable(error) is false or n === maxAttempts.
 * Otherwise wait `await sleep(random() * Math.min(maxDelay, baseDelay * 2 ** (n - 1)))`
 * seconds, calling random() once, and try again. Defaults: a setTimeout sleep
 * and Math.random. Reject with a RangeError, before calling fn, unless
 * maxAttempts is an integer >= 1 and 0 <= baseDelay <= maxDelay.
 */
export async function retry<T>(fn: () => Promise<T> | T, options: RetryOptions): Promise<T> {
  throw new Error("Not implemented");
}
