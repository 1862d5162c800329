// memoisation that never stores: the cache is checked but results are not written, so it stays exponential
function check(n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`n must be a non-negative integer, got ${n}`);
  }
}

/** F(n) by plain recursion: exponential time, O(n) recursion depth. */
export function fibRecursive(n: number): bigint {
  check(n);
  if (n < 2) return BigInt(n);
  return fibRecursive(n - 1) + fibRecursive(n - 2);
}

/** F(n) by recursion with a per-call cache: O(n) additions, O(n) memory. */
export function fibMemo(n: number): bigint {
  check(n);
  const memo = new Map<number, bigint>([
    [0, 0n],
    [1, 1n],
  ]);
  const go = (k: number): bigint => {
    const cached = memo.get(k);
    if (cached !== undefined) return cached;
    const value = go(k - 1) + go(k - 2);
    return value;
  };
  return go(n);
}

/** F(n) bottom-up: O(n) additions, O(1) extra space. */
export function fibTabulated(n: number): bigint {
  check(n);
  let a = 0n;
  let b = 1n;
  for (let i = 0; i < n; i++) {
    const next = a + b;
    a = b;
    b = next;
  }
  return a;
}
