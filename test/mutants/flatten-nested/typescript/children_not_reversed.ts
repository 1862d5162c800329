// explicit stack of items, but a list's children are pushed in order, so they pop out right to left
export type Nested<T> = T | Nested<T>[];

export function flatten<T>(items: Nested<T>[]): T[] {
  const out: T[] = [];
  const stack: Nested<T>[] = [...items].reverse();
  while (stack.length > 0) {
    const item = stack.pop() as Nested<T>;
    if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
    } else {
      out.push(item);
    }
  }
  return out;
}
