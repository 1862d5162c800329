// What the drill panel shows, as one value held in one place: the question on screen lives here and
// nowhere else, and every change goes through a transition below, which also keeps what a reload
// needs (the question's countdown and hints, with the drill in progress). Pure: the panel host draws
// what it holds.
//
// States (`PanelState`):
//   empty     nothing drawn: never opened, or the panel was closed.
//   question  a question drawn: its detail, countdown, hints and answer revealed, and its view.
//   break     a mock interview's break screen, over the question shown before it (`under`).
// Transitions (methods of `PanelStateMachine`):
//   showQuestion   any → question          a question loaded whole (open, a drill's start or next
//                                          question, a reload); until it is loaded, the state before stays.
//   enterBreak     any → break             the question shown, if any, stays under it
//   leaveBreak     break → under, or empty (continue, cancel the drill, open a question, start a drill)
//   close          any → empty
//   timer, revealHint, revealAnswer, refreshView
//                  question → question     (also for the question under a break)
import type { QuestionDetail } from '../bank/detail';
import type { Question } from '../bank/model';
import { pause, remaining, reset, start, type Countdown } from './countdown';
import type { QuestionView, TimerAction } from './messages';
import { resumeOrStart, type SavedDrillStore } from './savedDrill';
import type { DrillSession } from './session';

/** A question drawn in the panel, with what the user has done with it since. */
export interface QuestionShown {
  kind: 'question';
  question: Question;
  detail: QuestionDetail;
  countdown: Countdown;
  hintsUsed: number;
  answerShown: boolean;
  view: QuestionView;
}

/** A mock interview's break screen; `under` is the question shown before it. */
export interface BreakShown {
  kind: 'break';
  title: string;
  endsAt: number;
  upNext: string;
  under: QuestionShown | undefined;
}

export type PanelState = { kind: 'empty' } | QuestionShown | BreakShown;

export class PanelStateMachine {
  private state: PanelState = { kind: 'empty' };

  /** `session` is the drill in progress, kept with the question for a reload. */
  constructor(
    private readonly saved: SavedDrillStore,
    private readonly session: () => DrillSession | undefined,
  ) {}

  get current(): PanelState {
    return this.state;
  }

  /** The question drawn, or the one under the break screen. */
  get shown(): QuestionShown | undefined {
    return this.state.kind === 'question' ? this.state : this.state.kind === 'break' ? this.state.under : undefined;
  }

  /**
   * The countdown and hints `question` is to be shown with (the saved ones when they are its own and
   * this is a reload or they were touched, else a new countdown, running), kept for a reload at once.
   */
  prepare(question: Question, fresh: boolean, now: number): Pick<QuestionShown, 'countdown' | 'hintsUsed'> {
    const { countdown, hintsUsed } = resumeOrStart(this.saved.get(), question, fresh, now);
    this.keep(question, countdown, hintsUsed);
    return { countdown, hintsUsed };
  }

  /** any → question: the next question, loaded whole. */
  showQuestion(next: QuestionShown): void {
    this.state = next;
  }

  /** any → break, keeping the question shown under it. */
  enterBreak(title: string, endsAt: number, upNext: string): BreakShown {
    const shown: BreakShown = { kind: 'break', title, endsAt, upNext, under: this.shown };
    this.state = shown;
    return shown;
  }

  /** break → the question under it (or empty); any other state stays. */
  leaveBreak(): void {
    if (this.state.kind === 'break') this.state = this.state.under ?? { kind: 'empty' };
  }

  /** any → empty: the panel was closed. */
  close(): void {
    this.state = { kind: 'empty' };
  }

  /** Within the question shown: its countdown started, paused or reset. Returns the new countdown. */
  timer(action: TimerAction, now: number): Countdown | undefined {
    const shown = this.shown;
    if (!shown) return undefined;
    const countdown = action === 'start' ? start(shown.countdown, now) : action === 'pause' ? pause(shown.countdown, now) : reset(shown.countdown);
    this.changeShown((question) => ({ ...question, countdown }));
    this.save();
    return countdown;
  }

  /** Within the question shown: hint `index` revealed, if it is the next one. Returns its text. */
  revealHint(index: number): string | undefined {
    const shown = this.shown;
    if (!shown || index !== shown.hintsUsed || index >= shown.detail.hints.length) return undefined;
    this.changeShown((question) => ({ ...question, hintsUsed: question.hintsUsed + 1 }));
    this.save();
    return shown.detail.hints[index];
  }

  /** Within the question shown: the model answer revealed. */
  revealAnswer(): void {
    this.changeShown((question) => ({ ...question, answerShown: true }));
  }

  /** Within the question shown: its view rebuilt from the saved work, if it is still `questionId`. */
  refreshView(questionId: string, view: QuestionView): void {
    if (this.shown?.question.id === questionId) this.changeShown((question) => ({ ...question, view }));
  }

  /** How long the question shown has been worked on, by its countdown. */
  usedMs(now: number): number {
    const countdown = this.shown?.countdown;
    return countdown ? Math.max(0, countdown.durationMs - remaining(countdown, now)) : 0;
  }

  /** Keeps the question shown, with its countdown and hints and the drill in progress, for a reload. */
  save(): void {
    const shown = this.shown;
    if (shown) this.keep(shown.question, shown.countdown, shown.hintsUsed);
  }

  private keep(question: Question, countdown: Countdown, hintsUsed: number): void {
    this.saved.keep({ questionId: question.id, countdown, hintsUsed, session: this.session() });
  }

  private changeShown(change: (shown: QuestionShown) => QuestionShown): void {
    if (this.state.kind === 'question') this.state = change(this.state);
    else if (this.state.kind === 'break' && this.state.under) this.state = { ...this.state, under: change(this.state.under) };
  }
}
