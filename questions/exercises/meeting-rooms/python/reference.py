import heapq


def min_meeting_rooms(meetings: list[list[int]]) -> int:
    """Smallest number of rooms that holds every meeting [start, end) without overlap."""
    for start, end in meetings:
        if not start < end:
            raise ValueError(f"meeting [{start}, {end}] does not have start < end")
    rooms: list[int] = []  # end times of the rooms in use, a min-heap
    for start, end in sorted(meetings, key=lambda m: m[0]):
        if rooms and rooms[0] <= start:
            heapq.heappop(rooms)  # the room that frees up first is free again
        heapq.heappush(rooms, end)
    return len(rooms)
