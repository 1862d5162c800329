// order: the swap method with a set of seen values per level finds each distinct permutation once, but not in lexicographic order
export function uniquePermutations<T extends number | string>(items: T[]): T[][] {
  const a = [...items];
  const out: T[][] = [];
  const permute = (start: number): void => {
    if (start === a.length) {
      out.push([...a]);
      return;
    }
    const seen = new Set<T>();
    for (let j = start; j < a.length; j++) {
      if (seen.has(a[j])) continue;
      seen.add(a[j]);
      [a[start], a[j]] = [a[j], a[start]];
      permute(start + 1);
      [a[start], a[j]] = [a[j], a[start]];
    }
  };
  permute(0);
  return out;
}
