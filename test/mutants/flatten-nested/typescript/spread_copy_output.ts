// explicit stack, but the output grows by copying: out = [...out, item] makes the whole pass O(N^2)
export type Nested<T> = T | Nested<T>[];

export function flatten<T>(items: Nested<T>[]): T[] {
  let out: T[] = [];
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
      arrays.push(item);
      positions.push(0);
    } else {
      out = [...out, item];
    }
  }
  return out;
}
