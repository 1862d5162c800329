from bisect import bisect_left


def longest_increasing_subsequence(nums: list[float]) -> list[float]:
    """One longest strictly increasing subsequence of nums (its values, in order). O(n log n)."""
    tails: list[float] = []  # tails[k]: smallest tail of an increasing subsequence of length k + 1
    tail_at: list[int] = []  # the position in nums of tails[k]
    prev = [-1] * len(nums)  # prev[i]: the position before i in the subsequence i extended
    for i, x in enumerate(nums):
        k = bisect_left(tails, x)  # first tail >= x, so equal values never extend each other
        if k > 0:
            prev[i] = tail_at[k - 1]
        if k == len(tails):
            tails.append(x)
            tail_at.append(i)
        else:
            tails[k] = x
            tail_at[k] = i
    out = []
    i = tail_at[-1] if tail_at else -1
    while i != -1:
        out.append(nums[i])
        i = prev[i]
    return out[::-1]
