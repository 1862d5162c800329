# slow: the answer is right (the most meetings in progress at any start time) but each start is checked against every meeting, O(n^2)
def min_meeting_rooms(meetings):
    for start, end in meetings:
        if not start < end:
            raise ValueError("start must be before end")
    best = 0
    for t, _ in meetings:
        in_progress = 0
        for start, end in meetings:
            if start <= t < end:
                in_progress += 1
        best = max(best, in_progress)
    return best
