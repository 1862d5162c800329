// does not check the length, so an odd-length vector leaves its last element unrotated instead of failing
export function applyRope(x: number[], position: number, base = 10000): number[] {
  const d = x.length;
  if (d === 0) throw new RangeError("x must not be empty");
  if (position < 0) throw new RangeError("position must be >= 0");
  const out = [...x];
  for (let i = 0; i < Math.floor(d / 2); i++) {
    const angle = position * base ** ((-2 * i) / d);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    out[2 * i] = x[2 * i] * c - x[2 * i + 1] * s;
    out[2 * i + 1] = x[2 * i] * s + x[2 * i + 1] * c;
  }
  return out;
}
