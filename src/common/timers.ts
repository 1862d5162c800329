// Timers as disposables, so the object that starts one also ends it.
import type { DisposableLike } from './disposable';

/** Calls `tick` every `periodMs` while running. */
export class Ticker implements DisposableLike {
  private interval: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly periodMs: number) {}

  start(tick: () => void): void {
    this.stop();
    this.interval = setInterval(tick, this.periodMs);
  }

  stop(): void {
    if (this.interval !== undefined) clearInterval(this.interval);
    this.interval = undefined;
  }

  dispose(): void {
    this.stop();
  }
}
