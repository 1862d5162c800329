// recognises async results with instanceof Promise, so a thenable that is not a Promise is recorded at once
/** Wrap fn so that every call reports its elapsed time in seconds to record. */
export function timed<A extends unknown[], R>(
  fn: (...args: A) => R,
  record: (seconds: number) => void,
  clock: () => number = () => performance.now() / 1000,
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
    if (result instanceof Promise) {
      // Async: record when the promise settles, keeping its value or error.
      return Promise.resolve(result).finally(() => record(clock() - start)) as R;
    }
    record(clock() - start);
    return result;
  };
}
