/**
 * Rotate each pair (x[2i], x[2i+1]) counter-clockwise by the angle
 * position * base ** (-2i / d), with d = x.length and base 10000 by default.
 * Throw a RangeError if x is empty or of odd length, or if position < 0.
 * Do not modify x.
 * applyRope([1, 0, 1, 0], 1) -> [cos 1, sin 1, cos 0.01, sin 0.01]
 */
export function applyRope(x: number[], position: number, base = 10000): number[] {
  throw new Error("Not implemented");
}
