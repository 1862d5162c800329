# greedy: starts at the first value and takes every later value that is larger than the last one taken
def longest_increasing_subsequence(nums):
    out = []
    for x in nums:
        if not out or x > out[-1]:
            out.append(x)
    return out
