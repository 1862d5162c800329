def min_meeting_rooms(meetings: list[list[int]]) -> int:
    """Smallest number of rooms that holds every meeting [start, end) without overlap.

    Meetings that only touch (one ends when the other starts) can share a room.
    Raise ValueError if some meeting has start >= end. Do not modify the input.
    min_meeting_rooms([[0, 30], [5, 10], [15, 20]]) -> 2
    Must run in O(n log n) time.
    """
    raise NotImplementedError
