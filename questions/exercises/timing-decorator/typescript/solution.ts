/**
 * Wrap fn so that every call reports its elapsed time in seconds to record.
 *
 * - Arguments and `this` are passed through; the result is returned unchanged.
 * - If fn returns a promise (any thenable), time until it settles and return a
 *   promise with the same outcome.
 * - Record exactly once per call, also when fn throws or its promise rejects
 *   (the same error propagates).
 * - clock returns seconds; default: performance.now() / 1000.
 */
export function timed<A extends unknown[], R>(
  fn: (...args: A) => R,
  record: (seconds: number) => void,
  clock: () => number = () => performance.now() / 1000,
): (...args: A) => R {
  throw new Error("Not implemented");
}
