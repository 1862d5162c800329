// the built-in Array.prototype.flat(Infinity), which recurses natively and overflows the stack at depth 50,000
export type Nested<T> = T | Nested<T>[];

export function flatten<T>(items: Nested<T>[]): T[] {
  return items.flat(Infinity) as T[];
}
