// an async wrapper that awaits every result, so a plain function's caller gets a promise instead of the value
export function timed<A extends unknown[], R>(
  fn: (...args: A) => R,
  record: (seconds: number) => void,
  clock: () => number = () => performance.now() / 1000,
): (...args: A) => R {
  return async function (this: unknown, ...args: A) {
    const start = clock();
    try {
      return await fn.apply(this, args);
    } finally {
      record(clock() - start);
    }
  } as unknown as (...args: A) => R;
}
