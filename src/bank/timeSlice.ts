// Cooperative yielding for long synchronous loops on the extension host's event loop.

/** Synchronous work in slices, so a large bank never holds the event loop for long. */
export class TimeSlice {
  private started = performance.now();
  private count = 0;

  constructor(private readonly budgetMs = 40) {}

  /** Checked per file, so the clock is read only every 64th time (and nothing is awaited otherwise). */
  due(): boolean {
    return (++this.count & 63) === 0 && performance.now() - this.started >= this.budgetMs;
  }

  async pause(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.started = performance.now();
  }
}
