# slow: the O(n^2) dynamic programme over all pairs
def longest_increasing_subsequence(nums):
    n = len(nums)
    best = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
                prev[i] = j
    if n == 0:
        return []
    i = max(range(n), key=lambda k: best[k])
    out = []
    while i != -1:
        out.append(nums[i])
        i = prev[i]
    return out[::-1]
