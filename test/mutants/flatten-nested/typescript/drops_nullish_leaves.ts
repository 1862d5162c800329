// filters out "holes" with a truthiness check, which also drops null, undefined, 0, false and ""
export type Nested<T> = T | Nested<T>[];

export function flatten<T>(items: Nested<T>[]): T[] {
  const out: T[] = [];
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
    if (!item) continue;
    if (Array.isArray(item)) {
      arrays.push(item);
      positions.push(0);
    } else {
      out.push(item);
    }
  }
  return out;
}
