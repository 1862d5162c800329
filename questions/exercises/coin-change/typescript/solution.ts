/**
 * The fewest coins (unlimited supply of each denomination) adding up to amount; -1 if
 * impossible. Throw a RangeError for a coin that is not a positive integer or an amount
 * that is not an integer >= 0. O(coins.length * amount) time, O(amount) memory.
 */
export function minCoins(coins: number[], amount: number): number {
  throw new Error("Not implemented");
}

/** The number of ways to make amount, ignoring the order of the coins, as a bigint. */
export function countWays(coins: number[], amount: number): bigint {
  throw new Error("Not implemented");
}
