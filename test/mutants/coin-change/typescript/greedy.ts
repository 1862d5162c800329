// greedy: always takes the largest coin that fits, which is wrong for coin systems like [1, 3, 4]
function check(coins: number[], amount: number): number[] {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError("bad amount");
  if (coins.some((c) => !Number.isInteger(c) || c < 1)) throw new RangeError("bad coin");
  return [...new Set(coins)].sort((a, b) => a - b);
}

export function minCoins(coins: number[], amount: number): number {
  const values = check(coins, amount).reverse();
  let count = 0;
  for (const c of values) {
    count += Math.floor(amount / c);
    amount %= c;
  }
  return amount === 0 ? count : -1;
}

export function countWays(coins: number[], amount: number): bigint {
  const values = check(coins, amount);
  const ways = new Array<bigint>(amount + 1).fill(0n);
  ways[0] = 1n;
  for (const c of values) for (let x = c; x <= amount; x++) ways[x] += ways[x - c];
  return ways[amount];
}
