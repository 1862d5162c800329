// counts pairs from 1, using base ** (-2(i + 1) / d), so even the first pair turns slower than one radian per position
export function applyRope(x: number[], position: number, base = 10000): number[] {
  const d = x.length;
  if (d === 0 || d % 2 !== 0) throw new RangeError("x must have a positive even length");
  if (position < 0) throw new RangeError("position must be >= 0");
  const out = new Array<number>(d).fill(0);
  for (let i = 0; i < d / 2; i++) {
    const angle = position * base ** ((-2 * (i + 1)) / d);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    const a = x[2 * i];
    const b = x[2 * i + 1];
    out[2 * i] = a * c - b * s;
    out[2 * i + 1] = a * s + b * c;
  }
  return out;
}
