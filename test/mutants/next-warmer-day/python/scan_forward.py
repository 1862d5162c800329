# slow: scans forward from every day, O(n^2) on a falling sequence where no warmer day exists
def days_until_warmer(temps):
    answer = []
    for i, t in enumerate(temps):
        wait = 0
        for j in range(i + 1, len(temps)):
            if temps[j] > t:
                wait = j - i
                break
        answer.append(wait)
    return answer


def next_greater_circular(nums):
    n = len(nums)
    answer = []
    for i, x in enumerate(nums):
        found = -1
        for k in range(1, n):
            if nums[(i + k) % n] > x:
                found = nums[(i + k) % n]
                break
        answer.append(found)
    return answer
