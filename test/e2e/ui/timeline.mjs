// What every spec shares while it runs: the wait for anything on screen, the figures it measures, and
// a timeline of what a step was doing when (commands, dialogs, waits), printed when a step runs slow or fails.

/** How long a step waits for something to show before it fails. */
export const WAIT = 30_000;

/** Figures for the benchmark notes; printed, never asserted. */
export const timings = {};

/** The current step's timeline: [label, time] pairs. */
export const marks = [];

export function mark(label) {
  marks.push([label, Date.now()]);
}
