// What the drill panel posts, built from what it holds: the question's view, its timer, a hint, the
// model answer, a break screen and the drill's progress. Pure; bank markdown is rendered here and
// sanitized again by the webview.
import type { QuestionDetail } from '../bank/detail';
import type { Question } from '../bank/model';
import { isRunning, remaining, type Countdown } from './countdown';
import type { QuestionView, SessionView, ToWebview } from './messages';
import type { BreakShown, QuestionShown } from './panelState';
import { renderInline, renderMarkdown } from './render';
import type { DrillSession } from './session';
import type { QuestionWork } from './workStore';

export function questionView(question: Question, detail: QuestionDetail, work: QuestionWork): QuestionView {
  return {
    id: question.id,
    title: question.title,
    roles: question.roles,
    topic: question.topic,
    kind: question.kind,
    difficulty: question.difficulty,
    time: question.time,
    promptHtml: renderMarkdown(detail.prompt),
    hintCount: detail.hints.length,
    exercise: question.exercise,
    star: question.kind === 'behavioral',
    draft: work.draft,
    starFields: work.star,
    notes: work.notes,
  };
}

/** The timer as the webview needs it: the time left now, so the two clocks need not agree. */
export function timerMessage(countdown: Countdown, now: number): ToWebview {
  return { type: 'timer', timer: { durationMs: countdown.durationMs, remainingMs: remaining(countdown, now), running: isRunning(countdown) } };
}

export function hintMessage(index: number, hint: string): ToWebview {
  return { type: 'hint', index, html: renderInline(hint) };
}

export function answerMessage(detail: QuestionDetail): ToWebview {
  return { type: 'answer', html: renderMarkdown(detail.answer), evaluation: detail.evaluation.map(renderInline) };
}

/** Everything the webview shows of `shown`, sent whole: after a load, and whenever a rebuilt webview says `ready`. */
export function questionMessages(shown: QuestionShown, session: SessionView | undefined, now: number): ToWebview[] {
  const hints = shown.detail.hints.slice(0, shown.hintsUsed).map((hint, index) => hintMessage(index, hint));
  return [
    { type: 'question', question: shown.view, session },
    ...hints,
    ...(shown.answerShown ? [answerMessage(shown.detail)] : []),
    timerMessage(shown.countdown, now),
  ];
}

export function breakMessage(shown: BreakShown, now: number): ToWebview {
  return { type: 'break', title: shown.title, remainingMs: shown.endsAt - now, upNext: shown.upNext };
}

/** Where a drill stands, for the panel's header and the status bar. */
export function sessionView(session: DrillSession, now: number): SessionView {
  return {
    title: session.title,
    position: session.index + 1,
    total: session.questionIds.length,
    answered: Object.values(session.results).filter((result) => !result.skipped).length,
    remainingMs: session.endsAt - now,
  };
}
