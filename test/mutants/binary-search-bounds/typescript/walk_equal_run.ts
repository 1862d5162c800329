// slow on duplicates: binary search finds one equal element, then walks to the edge of the run of equal values (O(n) for long runs)
function find(arr: number[], target: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < target) lo = mid + 1;
    else if (arr[mid] > target) hi = mid;
    else return mid;
  }
  return -1 - lo;
}

export function lowerBound(arr: number[], target: number): number {
  let i = find(arr, target);
  if (i < 0) return -1 - i;
  while (i > 0 && arr[i - 1] === target) i--;
  return i;
}

export function upperBound(arr: number[], target: number): number {
  let i = find(arr, target);
  if (i < 0) return -1 - i;
  while (i < arr.length && arr[i] === target) i++;
  return i;
}
