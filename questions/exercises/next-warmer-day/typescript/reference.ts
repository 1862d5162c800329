/** For each day, the days to wait for a strictly warmer day; 0 if none. O(n). */
export function daysUntilWarmer(temps: number[]): number[] {
  const answer = new Array<number>(temps.length).fill(0);
  const waiting: number[] = []; // indices whose temperatures are non-increasing from bottom to top
  temps.forEach((t, i) => {
    while (waiting.length > 0 && temps[waiting[waiting.length - 1]] < t) {
      const j = waiting.pop() as number;
      answer[j] = i - j;
    }
    waiting.push(i);
  });
  return answer;
}

/** For each element of a circular list, the first larger value going forward; -1 if none. O(n). */
export function nextGreaterCircular(nums: number[]): number[] {
  const n = nums.length;
  const answer = new Array<number>(n).fill(-1);
  const waiting: number[] = [];
  for (let i = 0; i < 2 * n; i++) {
    const x = nums[i % n];
    while (waiting.length > 0 && nums[waiting[waiting.length - 1]] < x) answer[waiting.pop() as number] = x;
    if (i < n) waiting.push(i); // the second pass only answers, it adds nothing
  }
  return answer;
}
