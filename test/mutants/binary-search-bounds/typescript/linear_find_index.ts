// slow algorithm: findIndex scans from the left, O(n) per call
export function lowerBound(arr: number[], target: number): number {
  const i = arr.findIndex((x) => x >= target);
  return i < 0 ? arr.length : i;
}

export function upperBound(arr: number[], target: number): number {
  const i = arr.findIndex((x) => x > target);
  return i < 0 ? arr.length : i;
}
