// Allotted time: whole minutes (1-240) or "mm:ss".

export const MAX_MINUTES = 240;

/** Seconds for a time value, or an error message. `raw` is the text as written, when known. */
export function parseTime(value: unknown, raw?: string): { seconds: number } | { error: string } {
  const text = raw !== undefined && /^\s*\d+:\d{1,2}\s*$/.test(raw) ? raw.trim() : value;
  if (typeof text === 'number') {
    if (Number.isInteger(text) && text >= 1 && text <= MAX_MINUTES) return { seconds: text * 60 };
    return { error: `time must be whole minutes from 1 to ${MAX_MINUTES}, or "mm:ss"` };
  }
  if (typeof text === 'string') {
    const clock = /^(\d+):(\d{2})$/.exec(text.trim());
    if (clock) {
      const seconds = Number(clock[1]) * 60 + Number(clock[2]);
      if (Number(clock[2]) < 60 && seconds > 0 && seconds <= MAX_MINUTES * 60) return { seconds };
    }
    if (/^\d+$/.test(text.trim())) return parseTime(Number(text.trim()));
  }
  return { error: `time must be whole minutes from 1 to ${MAX_MINUTES}, or "mm:ss" (got ${shown(value)})` };
}

/** A value for a message. Lists and mappings are not spelt out: YAML aliases can nest one a billion items deep. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) return 'a mapping';
  return JSON.stringify(value);
}

/** "m:ss" for a number of milliseconds; negative values (overtime) get a leading "+". */
export function formatClock(ms: number): string {
  const overtime = ms < 0;
  const total = overtime ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${overtime ? '+' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}
