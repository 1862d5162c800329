// Repeated timings: median, min and max of wall-clock time, and the median CPU time of this process
// (user + system, so garbage-collector threads count too). The two differ when other work on the
// machine takes the CPU away, which is what separates a slow run from a busy machine.

export interface Figure {
  median: number;
  min: number;
  max: number;
  /** Median CPU milliseconds over the same runs; undefined for figures that are not timings. */
  cpu?: number;
}

export interface Run {
  /** Untimed preparation before each run (a file to change, a cache to parse elsewhere). */
  before?: () => unknown;
  work: () => unknown;
}

const collect = (): void => (global as { gc?: () => void }).gc?.();

/**
 * Collects the previous run's garbage now rather than inside the next run, then waits for V8's
 * background sweeping to finish: allocating while it runs takes the slow path and made small
 * figures (one file's update) vary by 5×.
 */
async function settle(): Promise<void> {
  collect();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

export async function measure(runs: number, run: Run | (() => unknown)): Promise<Figure> {
  const { before, work } = typeof run === 'function' ? { before: undefined, work: run } : run;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    await settle();
    const usage = process.cpuUsage();
    const started = performance.now();
    await work();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(usage);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ...summarize(wall), cpu: summarize(cpu).median };
}

export function summarize(values: number[]): Figure {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Heap held by what `load` returns, in MB, after full collections on both sides. */
export async function heapOf(runs: number, load: () => Promise<unknown>): Promise<Figure> {
  const sizes: number[] = [];
  // One call per run: what an async function awaited stays reachable from its frame until it returns,
  // so the previous run's result would otherwise still count in the next baseline.
  for (let i = 0; i < runs; i++) sizes.push(await heldBy(load));
  return summarize(sizes);
}

async function heldBy(load: () => Promise<unknown>): Promise<number> {
  await settle();
  const before = process.memoryUsage().heapUsed;
  const held = await load();
  collect();
  const size = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  return held === undefined ? 0 : size;
}

export const canCollect = (): boolean => typeof (global as { gc?: unknown }).gc === 'function';
