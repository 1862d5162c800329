// slow: sorts by start and scans an array of the rooms' end times for a free one, O(n * rooms), O(n^2) when every meeting needs its own room
export function minMeetingRooms(meetings: [number, number][]): number {
  for (const [start, end] of meetings) {
    if (!(start < end)) throw new RangeError("start must be before end");
  }
  const roomEnds: number[] = [];
  for (const [start, end] of [...meetings].sort((a, b) => a[0] - b[0])) {
    const free = roomEnds.findIndex((freeAt) => freeAt <= start);
    if (free >= 0) roomEnds[free] = end;
    else roomEnds.push(end);
  }
  return roomEnds.length;
}
