// overflow: decode never checks Number.MAX_SAFE_INTEGER, so long codes lose precision silently
export const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const BASE = ALPHABET.length;
const DIGIT = new Map<string, number>(Array.from(ALPHABET, (ch, i) => [ch, i] as [string, number]));

/** Base62 code of n, most significant digit first. O(number of digits). */
export function encode(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`n must be a non-negative safe integer, got ${n}`);
  }
  if (n === 0) return ALPHABET[0];
  const digits: string[] = [];
  while (n > 0) {
    digits.push(ALPHABET[n % BASE]);
    n = Math.floor(n / BASE);
  }
  return digits.reverse().join("");
}

/** Integer value of a base62 code (Horner's rule). O(code.length). */
export function decode(code: string): number {
  if (code.length === 0) throw new Error("empty code");
  let value = 0;
  for (const ch of code) {
    const digit = DIGIT.get(ch);
    if (digit === undefined) throw new Error(`invalid base62 character ${JSON.stringify(ch)}`);
    value = value * BASE + digit;
  }
  return value;
}
