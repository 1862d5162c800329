/** First index i with arr[i] >= target, or arr.length. arr is sorted. O(log n). */
export function lowerBound(arr: number[], target: number): number {
  throw new Error("Not implemented");
}

/** First index i with arr[i] > target, or arr.length. arr is sorted. O(log n). */
export function upperBound(arr: number[], target: number): number {
  throw new Error("Not implemented");
}
