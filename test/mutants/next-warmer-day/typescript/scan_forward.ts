// slow: scans forward from every day, O(n^2) on a falling sequence where no warmer day exists
export function daysUntilWarmer(temps: number[]): number[] {
  return temps.map((t, i) => {
    for (let j = i + 1; j < temps.length; j++) if (temps[j] > t) return j - i;
    return 0;
  });
}

export function nextGreaterCircular(nums: number[]): number[] {
  const n = nums.length;
  return nums.map((x, i) => {
    for (let k = 1; k < n; k++) if (nums[(i + k) % n] > x) return nums[(i + k) % n];
    return -1;
  });
}
