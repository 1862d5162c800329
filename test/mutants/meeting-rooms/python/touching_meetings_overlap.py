# treats a meeting that starts exactly when another ends as overlapping (closed intervals: < instead of <=)
import heapq


def min_meeting_rooms(meetings):
    for start, end in meetings:
        if not start < end:
            raise ValueError("start must be before end")
    rooms = []
    for start, end in sorted(meetings, key=lambda m: m[0]):
        if rooms and rooms[0] < start:
            heapq.heappop(rooms)
        heapq.heappush(rooms, end)
    return len(rooms)
