# reuses a room only if the meeting just before it in start order has ended, not the room that frees up first
def min_meeting_rooms(meetings):
    for start, end in meetings:
        if not start < end:
            raise ValueError("start must be before end")
    rooms = 0
    prev_end = None
    for start, end in sorted(meetings, key=lambda m: m[0]):
        if prev_end is None or start < prev_end:
            rooms += 1
        prev_end = end
    return rooms
