// slow: the answer is right (the most meetings in progress at any start time) but each start is checked against every meeting, O(n^2)
export function minMeetingRooms(meetings: [number, number][]): number {
  for (const [start, end] of meetings) {
    if (!(start < end)) throw new RangeError("start must be before end");
  }
  let best = 0;
  for (const [t] of meetings) {
    let inProgress = 0;
    for (const [start, end] of meetings) if (start <= t && t < end) inProgress++;
    best = Math.max(best, inProgress);
  }
  return best;
}
