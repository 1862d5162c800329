// wrong cost: a substitution counted as a deletion plus an insertion (cost 2)
/**
 * Levenshtein distance (insert, delete, substitute; cost 1 each).
 * O(a.length * b.length) time, O(min(a.length, b.length)) extra memory.
 */
export function editDistance(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a]; // rows run over the shorter string
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] : Math.min(2 + prev[j - 1], 1 + prev[j], 1 + cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
