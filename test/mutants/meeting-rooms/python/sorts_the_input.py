# sorts the caller's list in place instead of a copy
import heapq


def min_meeting_rooms(meetings):
    for start, end in meetings:
        if not start < end:
            raise ValueError("start must be before end")
    meetings.sort(key=lambda m: m[0])
    rooms = []
    for start, end in meetings:
        if rooms and rooms[0] <= start:
            heapq.heappop(rooms)
        heapq.heappush(rooms, end)
    return len(rooms)
