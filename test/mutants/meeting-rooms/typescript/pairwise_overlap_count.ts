// counts, for each meeting, how many others overlap it (O(n^2), and pairwise overlaps are not simultaneous)
export function minMeetingRooms(meetings: [number, number][]): number {
  for (const [start, end] of meetings) {
    if (!(start < end)) throw new RangeError("start must be before end");
  }
  let best = 0;
  for (const [aStart, aEnd] of meetings) {
    let count = 0;
    for (const [bStart, bEnd] of meetings) {
      if (aStart < bEnd && bStart < aEnd) count++;
    }
    best = Math.max(best, count);
  }
  return best;
}
