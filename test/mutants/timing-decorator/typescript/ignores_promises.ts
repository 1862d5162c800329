// records as soon as the function returns, so an async function is timed only until it hands back its promise
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
    record(clock() - start);
    return result;
  };
}
