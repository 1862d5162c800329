// pairs x[i] with x[i + d/2] (the "rotate half" layout) instead of neighbours x[2i], x[2i+1]
export function applyRope(x: number[], position: number, base = 10000): number[] {
  const d = x.length;
  if (d === 0 || d % 2 !== 0) throw new RangeError("x must have a positive even length");
  if (position < 0) throw new RangeError("position must be >= 0");
  const half = d / 2;
  const out = new Array<number>(d).fill(0);
  for (let i = 0; i < half; i++) {
    const angle = position * base ** ((-2 * i) / d);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    out[i] = x[i] * c - x[i + half] * s;
    out[i + half] = x[i] * s + x[i + half] * c;
  }
  return out;
}
