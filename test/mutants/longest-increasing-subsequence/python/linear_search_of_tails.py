# slow: the tails method, but it scans the tails from the left for the first one >= x instead of a binary search, O(n * length)
def longest_increasing_subsequence(nums):
    tails, tail_at = [], []
    prev = [-1] * len(nums)
    for i, x in enumerate(nums):
        k = 0
        while k < len(tails) and tails[k] < x:
            k += 1
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
