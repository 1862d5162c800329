# input mutation: doubles the caller's list in place (nums.extend(nums)) to handle the wrap-around
def days_until_warmer(temps):
    answer = [0] * len(temps)
    waiting = []
    for i, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer


def next_greater_circular(nums):
    n = len(nums)
    nums.extend(nums)
    answer = [-1] * n
    waiting = []
    for i, x in enumerate(nums):
        while waiting and nums[waiting[-1]] < x:
            answer[waiting.pop()] = x
        if i < n:
            waiting.append(i)
    return answer
