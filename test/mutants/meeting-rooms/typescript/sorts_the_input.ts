// sorts the caller's array in place instead of a copy
export function minMeetingRooms(meetings: [number, number][]): number {
  for (const [start, end] of meetings) {
    if (!(start < end)) throw new RangeError("start must be before end");
  }
  meetings.sort((a, b) => a[0] - b[0]);
  const ends: number[] = [];
  let peak = 0;
  for (const [start, end] of meetings) {
    ends.push(end);
    ends.sort((a, b) => a - b);
    while (ends.length > 0 && ends[0] <= start) ends.shift();
    peak = Math.max(peak, ends.length);
  }
  return peak;
}
