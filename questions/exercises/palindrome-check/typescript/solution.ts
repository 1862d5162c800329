/**
 * Return true if s reads the same forwards and backwards, looking only at
 * letters and digits and ignoring case.
 *
 * isPalindrome("A man, a plan, a canal: Panama") === true
 * isPalindrome("race a car") === false
 */
export function isPalindrome(s: string): boolean {
  throw new Error("Not implemented");
}
