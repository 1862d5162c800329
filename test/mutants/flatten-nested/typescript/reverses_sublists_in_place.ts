// pushes a list's children in reverse with Array.prototype.reverse(), which reverses the caller's arrays
export type Nested<T> = T | Nested<T>[];

export function flatten<T>(items: Nested<T>[]): T[] {
  const out: T[] = [];
  const stack: Nested<T>[] = [...items].reverse();
  while (stack.length > 0) {
    const item = stack.pop() as Nested<T>;
    if (Array.isArray(item)) {
      for (const child of item.reverse()) stack.push(child);
    } else {
      out.push(item);
    }
  }
  return out;
}
