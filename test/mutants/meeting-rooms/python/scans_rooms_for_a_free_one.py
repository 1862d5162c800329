# slow: sorts by start and scans a list of the rooms' end times for a free one, O(n * rooms), O(n^2) when every meeting needs its own room
def min_meeting_rooms(meetings):
    for start, end in meetings:
        if not start < end:
            raise ValueError("start must be before end")
    room_ends = []
    for start, end in sorted(meetings, key=lambda m: m[0]):
        for i, free_at in enumerate(room_ends):
            if free_at <= start:
                room_ends[i] = end
                break
        else:
            room_ends.append(end)
    return len(room_ends)
