# only rejects start > end, so a meeting with start == end is accepted
import heapq


def min_meeting_rooms(meetings):
    for start, end in meetings:
        if start > end:
            raise ValueError("start must not be after end")
    rooms = []
    for start, end in sorted(meetings, key=lambda m: m[0]):
        if rooms and rooms[0] <= start:
            heapq.heappop(rooms)
        heapq.heappush(rooms, end)
    return len(rooms)
