// wrong technique: fibMemo is the bottom-up loop again, not top-down recursion with a cache
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
  for (let k = 2; k <= n; k++) memo.set(k, (memo.get(k - 1) ?? 0n) + (memo.get(k - 2) ?? 0n));
  return memo.get(n) ?? 0n;
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
