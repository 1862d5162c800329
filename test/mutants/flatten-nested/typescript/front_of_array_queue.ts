// keeps the pending items in order at the front of an array: unshift moves all of them every step, O(N^2)
export type Nested<T> = T | Nested<T>[];

export function flatten<T>(items: Nested<T>[]): T[] {
  const out: T[] = [];
  const pending: Nested<T>[] = [...items];
  while (pending.length > 0) {
    const item = pending.shift() as Nested<T>;
    if (Array.isArray(item)) pending.unshift(...item);
    else out.push(item);
  }
  return out;
}
