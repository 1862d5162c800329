// two pointers where only the left one moves: the right end is swapped again and again
/** Return s reversed, code point by code point, in O(n) time. */
export function reverseString(s: string): string {
  const chars = Array.from(s); // splits by code point, not by UTF-16 code unit
  let i = 0;
  let j = chars.length - 1;
  while (i < j) {
    const tmp = chars[i];
    chars[i] = chars[j];
    chars[j] = tmp;
    i++;
  }
  return chars.join("");
}
