/**
 * Return s reversed, code point by code point (an emoji such as "😀" stays intact).
 * reverseString("hello") === "olleh"; reverseString("") === "".
 * Must run in O(n) time.
 */
export function reverseString(s: string): string {
  throw new Error("Not implemented");
}
