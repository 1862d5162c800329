import { test } from "node:test";
import assert from "node:assert/strict";
import { minMeetingRooms } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

test("examples from the prompt", () => {
  assert.equal(minMeetingRooms([[0, 30], [5, 10], [15, 20]]), 2);
  assert.equal(minMeetingRooms([[7, 10], [2, 4]]), 1);
  assert.equal(minMeetingRooms([[1, 5], [5, 10], [10, 15]]), 1);
  assert.equal(minMeetingRooms([[1, 10], [2, 3], [4, 5], [6, 7]]), 2);
});

test("no meetings and one meeting", () => {
  assert.equal(minMeetingRooms([]), 0);
  assert.equal(minMeetingRooms([[3, 4]]), 1);
});

test("touching meetings share a room, in any order", () => {
  assert.equal(minMeetingRooms([[10, 15], [5, 10], [1, 5]]), 1);
  assert.equal(minMeetingRooms([[2, 10], [10, 12]]), 1);
});

test("all overlapping", () => {
  // All three are in progress from 3 to 10.
  assert.equal(minMeetingRooms([[1, 10], [2, 11], [3, 12]]), 3);
  assert.equal(minMeetingRooms([[0, 1], [0, 1], [0, 1], [0, 1]]), 4);
});

test("pairwise overlaps are not simultaneous", () => {
  // [2, 5] overlaps both others, but [1, 3] ends before [4, 6] starts: 2 rooms.
  assert.equal(minMeetingRooms([[1, 3], [2, 5], [4, 6]]), 2);
  // A chain: each overlaps the next, never three at once.
  assert.equal(minMeetingRooms([[0, 2], [1, 4], [3, 6], [5, 8], [7, 9]]), 2);
});

test("the peak counts, not the rooms in use at the end", () => {
  assert.equal(minMeetingRooms([[1, 2], [1, 2], [5, 6]]), 2);
  assert.equal(minMeetingRooms([[5, 6], [1, 3], [2, 4], [1, 4], [10, 11]]), 3);
});

test("a long meeting overlaps later ones", () => {
  // [1, 100] overlaps everything; of the others only [20, 40] and [30, 50] overlap.
  assert.equal(minMeetingRooms([[1, 100], [10, 15], [20, 40], [30, 50], [60, 70]]), 3);
});

test("negative times, and times sorted as numbers", () => {
  assert.equal(minMeetingRooms([[-5, -1], [-3, 2]]), 2);
  assert.equal(minMeetingRooms([[9, 10], [10, 11], [100, 101]]), 1);
  assert.equal(minMeetingRooms([[100, 200], [9, 150], [150, 160]]), 2);
});

test("invalid meetings throw RangeError", () => {
  const bad: [number, number][][] = [[[3, 3]], [[5, 2]], [[0, 1], [4, 4]], [[1, 2], [7, -7]]];
  for (const meetings of bad) {
    assert.throws(() => minMeetingRooms(meetings), RangeError, JSON.stringify(meetings));
  }
});

test("the input is not modified", () => {
  const meetings: [number, number][] = [[15, 20], [0, 30], [5, 10]];
  const before = structuredClone(meetings);
  minMeetingRooms(meetings);
  assert.deepEqual(meetings, before);
});

test("large input, O(n log n)", () => {
  // Meeting i is [i, i + 3), in a scrambled order (7919 is prime, so i -> 7919 i mod n is a
  // permutation). At any time from 2 to n - 1 exactly three are in progress, plus one long meeting.
  // Then 400,000 copies of one meeting, each in its own room: scanning the rooms for a free one
  // compares 8e10 pairs.
  const out = runWithCpuLimit(
    `const n = 200000;
     const meetings = [];
     for (let i = 0; i < n; i++) { const s = (7919 * i) % n; meetings.push([s, s + 3]); }
     meetings.push([0, 1000000]);
     const same = [];
     for (let i = 0; i < 400000; i++) same.push([0, 1]);
     return [m.minMeetingRooms(meetings), m.minMeetingRooms(same)];`,
    3000,
  );
  assert.deepEqual(out, [4, 400_000]);
});
