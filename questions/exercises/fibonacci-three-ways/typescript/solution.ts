/**
 * F(n) by plain recursion straight from the definition.
 * F(0) = 0n, F(1) = 1n, F(n) = F(n-1) + F(n-2).
 * Throw a RangeError if n is negative or not an integer.
 */
export function fibRecursive(n: number): bigint {
  throw new Error("Not implemented");
}

/** F(n) by top-down recursion with a cache, O(n) additions. RangeError for invalid n. */
export function fibMemo(n: number): bigint {
  throw new Error("Not implemented");
}

/** F(n) by a bottom-up loop, O(n) additions and O(1) extra space. RangeError for invalid n. */
export function fibTabulated(n: number): bigint {
  throw new Error("Not implemented");
}
