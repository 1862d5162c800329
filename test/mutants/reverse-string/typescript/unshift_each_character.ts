// builds the result with unshift, moving the whole array on every character: O(n^2)
/** Return s reversed, code point by code point, in O(n) time. */
export function reverseString(s: string): string {
  const out: string[] = [];
  for (const ch of s) out.unshift(ch);
  return out.join("");
}
