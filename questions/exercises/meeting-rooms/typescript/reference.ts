/** Smallest number of rooms that holds every meeting [start, end) without overlap. */
export function minMeetingRooms(meetings: [number, number][]): number {
  for (const [start, end] of meetings) {
    if (!(start < end)) throw new RangeError(`meeting [${start}, ${end}] does not have start < end`);
  }
  const starts = meetings.map((m) => m[0]).sort((a, b) => a - b);
  const ends = meetings.map((m) => m[1]).sort((a, b) => a - b);
  let inUse = 0;
  let peak = 0;
  let j = 0;
  for (const start of starts) {
    // Half-open intervals: a meeting ending at `start` frees its room before this one begins.
    while (j < ends.length && ends[j] <= start) {
      j++;
      inUse--;
    }
    inUse++;
    peak = Math.max(peak, inUse);
  }
  return peak;
}
