// rotates x in place and computes the second coordinate from the already rotated first one
export function applyRope(x: number[], position: number, base = 10000): number[] {
  const d = x.length;
  if (d === 0 || d % 2 !== 0) throw new RangeError("x must have a positive even length");
  if (position < 0) throw new RangeError("position must be >= 0");
  for (let i = 0; i < d / 2; i++) {
    const angle = position * base ** ((-2 * i) / d);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    x[2 * i] = x[2 * i] * c - x[2 * i + 1] * s;
    x[2 * i + 1] = x[2 * i] * s + x[2 * i + 1] * c;
  }
  return x;
}
