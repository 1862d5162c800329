# counts, for each meeting, how many others overlap it (O(n^2), and pairwise overlaps are not simultaneous)
def min_meeting_rooms(meetings):
    for start, end in meetings:
        if not start < end:
            raise ValueError("start must be before end")
    best = 0
    for a_start, a_end in meetings:
        count = 0
        for b_start, b_end in meetings:
            if a_start < b_end and b_start < a_end:
                count += 1
        best = max(best, count)
    return best
