// off-by-one: loops while k <= n / 2, which undoes the middle swap of an even-length string
/** Return s reversed, code point by code point, in O(n) time. */
export function reverseString(s: string): string {
  const chars = Array.from(s); // splits by code point, not by UTF-16 code unit
  const n = chars.length;
  for (let k = 0; k <= n / 2 && k < n; k++) {
    const tmp = chars[k];
    chars[k] = chars[n - 1 - k];
    chars[n - 1 - k] = tmp;
  }
  return chars.join("");
}
