// retries every error, ignoring isRetryable
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

const realSleep = (seconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** Call fn until it returns, waiting random() * min(maxDelay, baseDelay * 2^(n-1)) after failure n. */
export async function retry<T>(fn: () => Promise<T> | T, options: RetryOptions): Promise<T> {
  const { maxAttempts, baseDelay, maxDelay, isRetryable, sleep = realSleep, random = Math.random } = options;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  }
  if (!(baseDelay >= 0 && baseDelay <= maxDelay)) {
    throw new RangeError(`need 0 <= baseDelay <= maxDelay, got ${baseDelay} and ${maxDelay}`);
  }
  let cap = Math.min(maxDelay, baseDelay); // min(maxDelay, baseDelay * 2^(n-1)) for attempt n
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(); // await inside the try, so a rejected promise is caught here
    } catch (error) {
      if (attempt === maxAttempts) throw error; // this attempt's own error
      await sleep(random() * cap); // full jitter: anywhere in [0, cap)
      cap = Math.min(maxDelay, cap * 2);
    }
  }
}
