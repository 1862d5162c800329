// A mock interview run in the Chat view, one message at a time: the format's sections in order, each
// block's questions asked one by one, breaks announced. The host keeps the time: every deadline is an
// absolute time in this state (never in a prompt, never decided by a model), and `now` is passed in,
// so the clock is the caller's. The state travels in the chat reply's metadata and is checked as
// strictly as a webview message when it comes back. Pure.
import { matchesFilter, type MockInterview } from '../bank/mock';
import type { Question } from '../bank/model';
import { formatClock } from '../bank/time';
import { chooseQuestions } from '../drill/session';
import type { ReviewStatus } from '../progress/model';
import { escapeMarkdown } from './chatText';

export interface ChatMockQuestion {
  id: string;
  /** The block's minutes shared among the block's questions, in milliseconds. */
  allottedMs: number;
}

export interface ChatMockSection {
  title: string;
  minutes: number;
  break: boolean;
  questions: ChatMockQuestion[];
}

export interface ChatMock {
  mockId: string;
  title: string;
  sections: ChatMockSection[];
  /** The section under way. */
  section: number;
  /** The question of that section waiting for an answer (0 in a break). */
  question: number;
  /** When the section ends, and when the waiting question's time is up (ms since the epoch). */
  sectionEndsAt: number;
  questionEndsAt: number;
  /** When the waiting question was asked. */
  askedAt: number;
  startedAt: number;
  /** One per question answered or skipped so far: its score, or null when skipped or not graded. */
  scores: (number | null)[];
}

/** What happened in one step, in order, for the reply to say. */
export type MockEvent =
  | { kind: 'section'; number: number; of: number; title: string; minutes: number; questions: number }
  | { kind: 'break'; title: string; minutes: number; next?: string }
  | { kind: 'breakOver'; leftMs: number }
  | { kind: 'answered'; usedMs: number; allottedMs: number; skipped: boolean }
  | { kind: 'timeUp'; section: string; unasked: number }
  | { kind: 'ask'; questionId: string; position: number; count: number; allottedMs: number; sectionLeftMs: number }
  | { kind: 'done'; title: string; answered: number; graded: number; average?: number; elapsedMs: number; stopped: boolean };

export interface MockStepResult {
  /** The run after the step; undefined once it is over. */
  state?: ChatMock;
  events: MockEvent[];
}

/** Bounds for a state read back from chat history. */
const MAX_SECTIONS = 50;
const MAX_QUESTIONS = 200;
const MAX_TITLE = 500;

/**
 * Picks each block's questions (due first, as a drill does; none twice in one run), lays out the
 * sections and starts the first. An error when no question in the banks matches the format.
 */
export function startChatMock(
  mock: MockInterview,
  questions: readonly Question[],
  statusOf: (question: Question) => ReviewStatus,
  now: number,
  random: () => number = Math.random,
): MockStepResult | { error: string } {
  const used = new Set<string>();
  const sections: ChatMockSection[] = [];
  for (const section of mock.sections) {
    if (section.break) {
      sections.push({ title: section.title, minutes: section.minutes, break: true, questions: [] });
      continue;
    }
    const picked: ChatMockQuestion[] = [];
    for (const block of section.blocks) {
      const candidates = questions.filter((question) => !used.has(question.id) && matchesFilter(question, block.filter));
      const chosen = chooseQuestions(candidates, block.count, statusOf, random);
      for (const question of chosen) {
        used.add(question.id);
        picked.push({ id: question.id, allottedMs: Math.floor((block.minutes * 60_000) / chosen.length) });
      }
    }
    if (picked.length > 0) sections.push({ title: section.title, minutes: section.minutes, break: false, questions: picked });
  }
  // Breaks with nothing to rest from (at the start, the end, or next to another break) are dropped.
  const kept = sections.filter(
    (section, index) =>
      !section.break ||
      (sections.slice(0, index).some((before) => !before.break) && sections.slice(index + 1).some((after) => !after.break) && !sections[index - 1]?.break),
  );
  if (!kept.some((section) => !section.break)) return { error: `No question in the loaded banks matches the mock interview "${mock.title}".` };
  const run: ChatMock = {
    mockId: mock.id,
    title: mock.title,
    sections: kept,
    section: 0,
    question: 0,
    sectionEndsAt: now,
    questionEndsAt: now,
    askedAt: now,
    startedAt: now,
    scores: [],
  };
  return enterSection(run, 0, now, []);
}

/**
 * The candidate answered (or skipped) the waiting question at `answeredAt`; `score` is its grade, if it
 * was graded. The next question's clock starts at `shownAt` (after the grading, which is not the
 * candidate's time); the round's end does not move.
 */
export function answerMock(run: ChatMock, answeredAt: number, score: number | null, skipped = false, shownAt = answeredAt): MockStepResult {
  const section = run.sections[run.section];
  if (section.break) return resumeMock(run, answeredAt);
  const waiting = section.questions[run.question];
  const events: MockEvent[] = [{ kind: 'answered', usedMs: answeredAt - run.askedAt, allottedMs: waiting.allottedMs, skipped }];
  const answered: ChatMock = { ...run, scores: [...run.scores, score] };
  const unasked = section.questions.length - run.question - 1;
  if (Math.max(answeredAt, shownAt) >= run.sectionEndsAt) {
    if (unasked > 0) events.push({ kind: 'timeUp', section: section.title, unasked });
    return enterSection(answered, run.section + 1, shownAt, events);
  }
  if (unasked === 0) return enterSection(answered, run.section + 1, shownAt, events);
  return ask({ ...answered, question: run.question + 1 }, shownAt, events);
}

/** The candidate is back from a break (early or late): the next section starts now. */
export function resumeMock(run: ChatMock, now: number): MockStepResult {
  if (!run.sections[run.section].break) return { state: run, events: [] };
  return enterSection(run, run.section + 1, now, [{ kind: 'breakOver', leftMs: run.sectionEndsAt - now }]);
}

/** Ends the run where it is. */
export function stopMock(run: ChatMock, now: number): MockStepResult {
  return { events: [done(run, now, true)] };
}

/** Whether the run is in a break, waiting for the candidate to come back. */
export function inBreak(run: ChatMock): boolean {
  return run.sections[run.section].break;
}

/** The question waiting for an answer, if the run is not in a break. */
export function waitingQuestion(run: ChatMock): ChatMockQuestion | undefined {
  return run.sections[run.section].questions[run.question];
}

function enterSection(run: ChatMock, index: number, now: number, events: MockEvent[]): MockStepResult {
  if (index >= run.sections.length) return { events: [...events, done(run, now, false)] };
  const section = run.sections[index];
  const entered: ChatMock = {
    ...run,
    section: index,
    question: 0,
    sectionEndsAt: now + section.minutes * 60_000,
    questionEndsAt: now + section.minutes * 60_000,
    askedAt: now,
  };
  if (section.break) {
    const next = run.sections[index + 1];
    return { state: entered, events: [...events, { kind: 'break', title: section.title, minutes: section.minutes, ...(next ? { next: next.title } : {}) }] };
  }
  const rounds = run.sections.filter((candidate) => !candidate.break);
  const number = run.sections.slice(0, index + 1).filter((candidate) => !candidate.break).length;
  return ask(entered, now, [
    ...events,
    { kind: 'section', number, of: rounds.length, title: section.title, minutes: section.minutes, questions: section.questions.length },
  ]);
}

function ask(run: ChatMock, now: number, events: MockEvent[]): MockStepResult {
  const section = run.sections[run.section];
  const question = section.questions[run.question];
  const asked: ChatMock = { ...run, askedAt: now, questionEndsAt: Math.min(now + question.allottedMs, run.sectionEndsAt) };
  return {
    state: asked,
    events: [
      ...events,
      {
        kind: 'ask',
        questionId: question.id,
        position: run.question + 1,
        count: section.questions.length,
        allottedMs: asked.questionEndsAt - now,
        sectionLeftMs: run.sectionEndsAt - now,
      },
    ],
  };
}

function done(run: ChatMock, now: number, stopped: boolean): MockEvent {
  const graded = run.scores.filter((score): score is number => score !== null);
  const average = graded.length ? Math.round((10 * graded.reduce((sum, score) => sum + score, 0)) / graded.length) / 10 : undefined;
  return {
    kind: 'done',
    title: run.title,
    answered: run.scores.length,
    graded: graded.length,
    ...(average === undefined ? {} : { average }),
    elapsedMs: now - run.startedAt,
    stopped,
  };
}

/** The mock format that `query` names (its id or title, case aside; a unique prefix will do), if any. */
export function findMock(mocks: readonly MockInterview[], query: string): MockInterview | undefined {
  const wanted = query.toLowerCase().replace(/\s+/g, ' ').trim();
  if (wanted === '') return mocks.length === 1 ? mocks[0] : undefined;
  const names = (mock: MockInterview) => [mock.id, mock.title.toLowerCase().replace(/\s+/g, ' ').trim()];
  const exact = mocks.find((mock) => names(mock).includes(wanted));
  if (exact) return exact;
  const prefixed = mocks.filter((mock) => names(mock).some((name) => name.startsWith(wanted)));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** Every event but `ask` as chat markdown (asking needs the question's text, which the shell reads). */
export function mockEventMarkdown(event: Exclude<MockEvent, { kind: 'ask' }>): string {
  switch (event.kind) {
    case 'section':
      return `**Round ${event.number} of ${event.of}: ${escapeMarkdown(event.title)}** (${event.minutes} min, ${event.questions} question${event.questions === 1 ? '' : 's'}). The clock for this round has started.`;
    case 'break':
      return `**${escapeMarkdown(event.title)}: ${event.minutes} min.** Step away; the round clock is stopped.${event.next ? ` Next: ${escapeMarkdown(event.next)}.` : ''} Say *continue* when you are back.`;
    case 'breakOver':
      return event.leftMs > 0 ? `Back ${formatClock(event.leftMs)} before the break was over.` : `Back ${formatClock(-event.leftMs)} after the break was over.`;
    case 'answered':
      if (event.skipped) return `Skipped after ${formatClock(event.usedMs)}.`;
      return event.usedMs > event.allottedMs
        ? `Answered in ${formatClock(event.usedMs)}, ${formatClock(event.usedMs - event.allottedMs)} over the ${formatClock(event.allottedMs)} allotted.`
        : `Answered in ${formatClock(event.usedMs)} of the ${formatClock(event.allottedMs)} allotted.`;
    case 'timeUp':
      return `**Time is up for ${escapeMarkdown(event.section)}**: ${event.unasked} question${event.unasked === 1 ? ' was' : 's were'} not asked.`;
    case 'done': {
      const scores = event.graded ? `, ${event.graded} graded, average ${event.average}/10` : '';
      return `**Mock interview ${event.stopped ? 'stopped' : 'over'}** (${escapeMarkdown(event.title)}): ${event.answered} question${event.answered === 1 ? '' : 's'} answered or skipped${scores}, in ${formatClock(event.elapsedMs)}. Type \`/mock\` for another.`;
    }
  }
}

/** The question being asked, with its time: what the candidate has for it and what is left of the round. */
export function mockQuestionMarkdown(
  question: Pick<Question, 'title' | 'topic' | 'difficulty'>,
  prompt: string,
  event: Extract<MockEvent, { kind: 'ask' }>,
  exercise: boolean,
): string {
  const reply = exercise
    ? 'It is a coding exercise: scaffold it with the button below, solve it, then say *done* (or *skip*).'
    : 'Answer in your next message, or say *skip* (or *stop* to end the mock).';
  return `**Question ${event.position} of ${event.count}:** ${escapeMarkdown(question.title)} (${escapeMarkdown(question.topic)}, ${question.difficulty}). You have ${formatClock(event.allottedMs)} for it; ${formatClock(event.sectionLeftMs)} left in this round.\n\n${escapeMarkdown(prompt.trim())}\n\n${reply}`;
}

const isText = (value: unknown, max = MAX_TITLE): value is string => typeof value === 'string' && value.length <= max;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isWhole = (value: unknown, from: number, to: number): value is number => Number.isInteger(value) && (value as number) >= from && (value as number) <= to;

function readSection(value: unknown): ChatMockSection | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { title, minutes, break: isBreak, questions } = value as Record<string, unknown>;
  if (!isText(title) || !isWhole(minutes, 1, 240) || typeof isBreak !== 'boolean' || !Array.isArray(questions) || questions.length > MAX_QUESTIONS)
    return undefined;
  if (isBreak ? questions.length > 0 : questions.length === 0) return undefined;
  const read: ChatMockQuestion[] = [];
  for (const question of questions as unknown[]) {
    if (typeof question !== 'object' || question === null) return undefined;
    const { id, allottedMs } = question as Record<string, unknown>;
    if (!isText(id) || id === '' || !isWhole(allottedMs, 1, 240 * 60_000)) return undefined;
    read.push({ id, allottedMs });
  }
  return { title, minutes, break: isBreak, questions: read };
}

/** A run read back from a chat reply's metadata, or undefined unless every part of it is valid. */
export function readChatMock(value: unknown): ChatMock | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const run = (value as { mock?: unknown }).mock as Record<string, unknown> | undefined;
  if (typeof run !== 'object' || run === null) return undefined;
  const { mockId, title, sections, section, question, sectionEndsAt, questionEndsAt, askedAt, startedAt, scores } = run;
  if (!isText(mockId) || !isText(title) || !Array.isArray(sections) || sections.length === 0 || sections.length > MAX_SECTIONS) return undefined;
  const read = (sections as unknown[]).map(readSection);
  if (!read.every((entry): entry is ChatMockSection => entry !== undefined)) return undefined;
  if (!isWhole(section, 0, read.length - 1)) return undefined;
  const current = read[section];
  if (!isWhole(question, 0, current.break ? 0 : current.questions.length - 1)) return undefined;
  if (![sectionEndsAt, questionEndsAt, askedAt, startedAt].every(isTime)) return undefined;
  const asked = read.slice(0, section).reduce((sum, entry) => sum + entry.questions.length, 0) + question;
  if (!Array.isArray(scores) || scores.length > asked || !scores.every((score) => score === null || isWhole(score, 0, 10))) return undefined;
  return {
    mockId,
    title,
    sections: read,
    section,
    question,
    sectionEndsAt: sectionEndsAt as number,
    questionEndsAt: questionEndsAt as number,
    askedAt: askedAt as number,
    startedAt: startedAt as number,
    scores: scores as (number | null)[],
  };
}
