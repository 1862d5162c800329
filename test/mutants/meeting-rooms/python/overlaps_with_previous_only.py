# sorts by start and counts a run of meetings that each overlap the previous one, as in merging intervals
def min_meeting_rooms(meetings):
    for start, end in meetings:
        if not start < end:
            raise ValueError("start must be before end")
    if not meetings:
        return 0
    ordered = sorted(meetings, key=lambda m: m[0])
    best = run = 1
    prev_end = ordered[0][1]
    for start, end in ordered[1:]:
        run = run + 1 if start < prev_end else 1
        best = max(best, run)
        prev_end = end
    return best
