// A countdown kept as an absolute end time, so hiding or restoring a view loses nothing.
// Pure: the host owns it; webviews only draw what it says.

export interface Countdown {
  durationMs: number;
  /** When running: the epoch ms at which it reaches zero. */
  endsAt?: number;
  /** When paused or not yet started: the time left. */
  remainingMs: number;
}

export type CountdownPhase = 'normal' | 'last-minute' | 'overtime';

export function createCountdown(durationMs: number): Countdown {
  return { durationMs, remainingMs: durationMs };
}

export function isRunning(countdown: Countdown): boolean {
  return countdown.endsAt !== undefined;
}

/** Time left in ms; negative once it has run past zero (overtime). */
export function remaining(countdown: Countdown, now: number): number {
  return countdown.endsAt === undefined ? countdown.remainingMs : countdown.endsAt - now;
}

export function start(countdown: Countdown, now: number): Countdown {
  if (countdown.endsAt !== undefined) return countdown;
  return { durationMs: countdown.durationMs, endsAt: now + countdown.remainingMs, remainingMs: countdown.remainingMs };
}

export function pause(countdown: Countdown, now: number): Countdown {
  if (countdown.endsAt === undefined) return countdown;
  return { durationMs: countdown.durationMs, remainingMs: countdown.endsAt - now };
}

export function reset(countdown: Countdown): Countdown {
  return createCountdown(countdown.durationMs);
}

export function phaseOf(remainingMs: number): CountdownPhase {
  if (remainingMs <= 0) return 'overtime';
  return remainingMs <= 60_000 ? 'last-minute' : 'normal';
}

export function isCountdown(value: unknown): value is Countdown {
  const candidate = value as Countdown;
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isFinite(candidate.durationMs) &&
    candidate.durationMs > 0 &&
    Number.isFinite(candidate.remainingMs) &&
    (candidate.endsAt === undefined || Number.isFinite(candidate.endsAt))
  );
}
