// input mutation: doubles the caller's array in place (nums.push(...nums)) to handle the wrap-around
export function daysUntilWarmer(temps: number[]): number[] {
  const answer = new Array<number>(temps.length).fill(0);
  const waiting: number[] = [];
  temps.forEach((t, i) => {
    while (waiting.length > 0 && temps[waiting[waiting.length - 1]] < t) {
      const j = waiting.pop() as number;
      answer[j] = i - j;
    }
    waiting.push(i);
  });
  return answer;
}

export function nextGreaterCircular(nums: number[]): number[] {
  const n = nums.length;
  for (let i = 0; i < n; i++) nums.push(nums[i]);
  const answer = new Array<number>(n).fill(-1);
  const waiting: number[] = [];
  nums.forEach((x, i) => {
    while (waiting.length > 0 && nums[waiting[waiting.length - 1]] < x) answer[waiting.pop() as number] = x;
    if (i < n) waiting.push(i);
  });
  return answer;
}
