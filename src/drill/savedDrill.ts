// What of the drill panel survives a reload: the question's countdown and hints and the drill in
// progress in workspace state, and the question's id in the webview's own state (for the serializer).
// Pure: the store is VS Code's workspace state in the extension, anything with its shape in tests.
import type { Question } from '../bank/model';
import { StateKeys } from '../ids';
import { createCountdown, isCountdown, isRunning, start, type Countdown } from './countdown';
import type { DrillSession } from './session';

export interface SavedDrill {
  questionId: string;
  countdown: Countdown;
  hintsUsed: number;
  session?: DrillSession;
}

/** What the webview keeps with `setState`, so the serializer can restore the panel. */
export interface WebviewSavedState {
  questionId?: string;
}

/** The part of a `vscode.Memento` used here. */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

export class SavedDrillStore {
  constructor(private readonly state: StateStore) {}

  get(): SavedDrill | undefined {
    return this.state.get<SavedDrill>(StateKeys.drillTimer);
  }

  keep(saved: SavedDrill): void {
    void this.state.update(StateKeys.drillTimer, saved);
  }
}

/**
 * The countdown and hints `question` is shown with: the saved ones when they are its own and either
 * this is a reload (`fresh` false) or the saved countdown was touched; else a new countdown, running.
 */
export function resumeOrStart(saved: SavedDrill | undefined, question: Question, fresh: boolean, now: number): { countdown: Countdown; hintsUsed: number } {
  const durationMs = question.time * 1000;
  const resumable = saved && saved.questionId === question.id && isCountdown(saved.countdown) && saved.countdown.durationMs === durationMs;
  const resumed = resumable && (!fresh || isRunning(saved.countdown) || saved.countdown.remainingMs !== saved.countdown.durationMs);
  return resumed ? { countdown: saved.countdown, hintsUsed: saved.hintsUsed ?? 0 } : { countdown: start(createCountdown(durationMs), now), hintsUsed: 0 };
}
