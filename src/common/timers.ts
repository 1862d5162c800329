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

/** One pending call at a time: scheduling again replaces the call still waiting. */
export class Delay implements DisposableLike {
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `unref` lets the process exit while the call waits (for work that can wait for the next run). */
  schedule(delayMs: number, run: () => void, options: { unref?: boolean } = {}): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      run();
    }, delayMs);
    if (options.unref) this.timer.unref?.();
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.cancel();
  }
}
