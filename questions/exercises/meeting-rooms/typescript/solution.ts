/**
 * Smallest number of rooms that holds every meeting [start, end) without
 * overlap. Meetings that only touch (one ends when the other starts) can share
 * a room. Throw a RangeError if some meeting has start >= end. Do not modify
 * the input.
 * minMeetingRooms([[0, 30], [5, 10], [15, 20]]) -> 2
 * Must run in O(n log n) time.
 */
export function minMeetingRooms(meetings: [number, number][]): number {
  throw new Error("Not implemented");
}
