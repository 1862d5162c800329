// guards against cycles with a set of every array ever visited, so a shared sublist is expanded only once
export type Nested<T> = T | Nested<T>[];

export function flatten<T>(items: Nested<T>[]): T[] {
  const out: T[] = [];
  const seen = new Set<unknown>([items]);
  const arrays: Nested<T>[][] = [items];
  const positions: number[] = [0];
  while (arrays.length > 0) {
    const top = arrays.length - 1;
    const arr = arrays[top];
    const i = positions[top];
    if (i === arr.length) {
      arrays.pop();
      positions.pop();
      continue;
    }
    positions[top] = i + 1;
    const item = arr[i];
    if (Array.isArray(item)) {
      if (seen.has(item)) continue;
      seen.add(item);
      arrays.push(item);
      positions.push(0);
    } else {
      out.push(item);
    }
  }
  return out;
}
