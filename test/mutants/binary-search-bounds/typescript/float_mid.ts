// index arithmetic: mid = (lo + hi) / 2 without flooring reads arr[1.5], which is undefined
/** First index i with arr[i] >= target, or arr.length. arr is sorted. O(log n). */
export function lowerBound(arr: number[], target: number): number {
  let lo = 0;
  let hi = arr.length;
  // Invariant: arr[0..lo) < target <= arr[hi..)
  while (lo < hi) {
    const mid = (lo + hi) / 2;
    if (arr[mid] < target) lo = Math.floor(mid) + 1;
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
    if (arr[mid] <= target) lo = Math.floor(mid) + 1;
    else hi = Math.floor(mid);
  }
  return lo;
}
