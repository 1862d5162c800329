// two pointers after sorting the caller's array in place
/** Distinct value pairs summing to target: O(n) counting plus sorting the distinct values. */
export function pairSum(nums: number[], target: number): [number, number][] {
  nums.sort((x, y) => x - y);
  const pairs: [number, number][] = [];
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const s = nums[lo] + nums[hi];
    if (s < target) lo++;
    else if (s > target) hi--;
    else {
      const last = pairs[pairs.length - 1];
      if (!last || last[0] !== nums[lo]) pairs.push([nums[lo], nums[hi]]);
      lo++;
      hi--;
    }
  }
  return pairs;
}
