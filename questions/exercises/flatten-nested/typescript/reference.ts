/** A value or an array of values nested to any depth. */
export type Nested<T> = T | Nested<T>[];

/** Iterative flatten with an explicit stack of [array, next index]: O(N) time, O(depth) stack. */
export function flatten<T>(items: Nested<T>[]): T[] {
  const out: T[] = [];
  const arrays: Nested<T>[][] = [items];
  const positions: number[] = [0];
  while (arrays.length > 0) {
    const top = arrays.length - 1;
    const arr = arrays[top];
    const i = positions[top];
    if (i === arr.length) {
      // the array on top is exhausted
      arrays.pop();
      positions.pop();
      continue;
    }
    positions[top] = i + 1;
    const item = arr[i];
    if (Array.isArray(item)) {
      arrays.push(item);
      positions.push(0);
    } else {
      out.push(item);
    }
  }
  return out;
}
