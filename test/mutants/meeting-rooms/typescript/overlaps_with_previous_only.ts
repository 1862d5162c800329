// sorts by start and counts a run of meetings that each overlap the previous one, as in merging intervals
export function minMeetingRooms(meetings: [number, number][]): number {
  for (const [start, end] of meetings) {
    if (!(start < end)) throw new RangeError("start must be before end");
  }
  if (meetings.length === 0) return 0;
  const ordered = [...meetings].sort((a, b) => a[0] - b[0]);
  let best = 1;
  let run = 1;
  let prevEnd = ordered[0][1];
  for (const [start, end] of ordered.slice(1)) {
    run = start < prevEnd ? run + 1 : 1;
    best = Math.max(best, run);
    prevEnd = end;
  }
  return best;
}
