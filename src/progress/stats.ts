// Dashboard statistics from the attempt log and the loaded bank. Pure, and the result is plain JSON:
// it is posted to the dashboard webview as is.
//
// Days are local calendar days ("YYYY-MM-DD"), weeks are ISO weeks (Monday to Sunday). Attempts
// after `now` (another machine's clock) and `reset` markers (not practice) are left out everywhere.
import { applyRegrades } from './regrade';
import type { Question } from '../bank/model';
import type { Attempt } from './model';
import type { ReviewStatus } from './model';

/** The self-assessment areas of the content map, in its order. */
export const AREAS = ['ML fundamentals', 'Deep learning', 'System design', 'Communication and leadership'] as const;
export type Area = (typeof AREAS)[number];

export const READINESS = ['excellent', 'good', 'developing', 'needs work'] as const;
export type Readiness = (typeof READINESS)[number];
/** Lower bounds of the readiness bands on the 0-10 scale: 8.5-10 excellent, 7-8.4 good, 5.5-6.9 developing. */
export const READINESS_THRESHOLDS = { excellent: 8.5, good: 7, developing: 5.5 } as const;

export const HEATMAP_WEEKS = 26;
export const TREND_WEEKS = 12;
export const ROLLING_ATTEMPTS = 7;

export interface DayCount {
  date: string;
  count: number;
}

export interface MasteryRow {
  /** A role or a topic. */
  name: string;
  total: number;
  new: number;
  learning: number;
  due: number;
  mastered: number;
}

export interface WeekScore {
  /** ISO week, e.g. "2025-W03". */
  week: string;
  /** Its Monday. */
  start: string;
  /** Mean score of the week's scored attempts, one decimal; null for a week without any. */
  average: number | null;
  count: number;
}

export interface AreaTrend {
  area: Area;
  /** The last TREND_WEEKS ISO weeks, oldest first, ending with the current one. */
  weeks: WeekScore[];
  /** Mean of the area's latest ROLLING_ATTEMPTS scored attempts (fewer if that is all there is). */
  rolling: { average: number; count: number; band: Readiness } | null;
}

export interface TimeUse {
  usedMs: number;
  allottedMs: number;
  /** usedMs / allottedMs, two decimals; null when nothing had an allotted time. */
  ratio: number | null;
  /** Attempts counted: those with an allotted time, exercise runs excepted. */
  attempts: number;
  overtime: number;
}

/** What the dashboard webview receives. */
export interface DashboardData {
  /** The local day the figures were computed for. */
  today: string;
  totals: { attempts: number; questionsPractised: number; activeDays: number };
  /** One entry per local day, oldest first: the HEATMAP_WEEKS ISO weeks ending with the current
   * one, so the first entry is a Monday and the last is today (later days are left out). */
  heatmap: DayCount[];
  /** In days. A day counts when it has an attempt; today without one does not end a streak yet. */
  streaks: { current: number; longest: number; practisedToday: boolean };
  masteryByRole: MasteryRow[];
  masteryByTopic: MasteryRow[];
  areas: AreaTrend[];
  time: TimeUse;
  /** Distinct exercises of the bank with a passing run (and with any run) vs all of them, and each one's last run. */
  exercises: { passed: number; attempted: number; total: number; lastRuns: ExerciseRun[] };
}

/** An exercise's latest run: its outcome and, when the run's report was read, how many cases passed of how many ran. */
export interface ExerciseRun {
  id: string;
  title: string;
  /** ISO date (local day) of the run. */
  date: string;
  passed: boolean;
  language?: string;
  casesPassed?: number;
  casesTotal?: number;
}

/** How many exercises' last runs the dashboard lists, latest first. */
export const LAST_RUNS_SHOWN = 10;

// ---------------------------------------------------------------------------------------------
// Areas

const SYSTEM_DESIGN_TOPIC = /\bsystem (design|components)\b/i;
const COMMUNICATION_TOPIC = /career|communicat|behavio|stakeholder|negotiat|leadership|mentor|talking about|interview technique|pitch/i;
const DEEP_LEARNING_TOPIC =
  /deep learning|neural|attention|transformer|diffusion|generat|\bllms?\b|fine-tun|decoding|sampling param|preference alignment|prompting/i;

/**
 * The self-assessment area a question trains, first rule that matches:
 * 1. kind `system-design`, or a topic about system design or components → System design;
 * 2. kind `behavioral` or `pitch`, or a topic about careers, communication, stakeholders,
 *    negotiation, leadership, mentoring, your projects or interview technique → Communication and leadership;
 * 3. a topic about deep learning, neural networks, attention, transformers, diffusion, generative
 *    models or generated text, LLMs, fine-tuning, decoding, sampling parameters, preference
 *    alignment or prompting → Deep learning;
 * 4. everything else (ML algorithms, statistics, data, MLOps, coding…) → ML fundamentals.
 */
export function areaOf(question: Pick<Question, 'kind' | 'topic'>): Area {
  if (question.kind === 'system-design' || SYSTEM_DESIGN_TOPIC.test(question.topic)) return 'System design';
  if (question.kind === 'behavioral' || question.kind === 'pitch' || COMMUNICATION_TOPIC.test(question.topic)) return 'Communication and leadership';
  if (DEEP_LEARNING_TOPIC.test(question.topic)) return 'Deep learning';
  return 'ML fundamentals';
}

/** Bands apply to the score as shown, rounded to one decimal (so 8.44 is good and 8.46 excellent). */
export function readinessOf(score: number): Readiness {
  const shown = round(score, 1);
  if (shown >= READINESS_THRESHOLDS.excellent) return 'excellent';
  if (shown >= READINESS_THRESHOLDS.good) return 'good';
  if (shown >= READINESS_THRESHOLDS.developing) return 'developing';
  return 'needs work';
}

// ---------------------------------------------------------------------------------------------
// Calendar days, as "YYYY-MM-DD" text or as whole days since 1970-01-01

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a "YYYY-MM-DD" date; throws a RangeError on anything else. */
export function dayNumber(date: string): number {
  const match = DATE.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || !Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== date)
    throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return ms / DAY_MS;
}

export function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

/** 0 for Monday … 6 for Sunday. */
const weekdayOf = (day: number) => (new Date(day * DAY_MS).getUTCDay() + 6) % 7;

function isoWeekOf(day: number): string {
  const thursday = day - weekdayOf(day) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** YYYY-MM-DD of a moment in this machine's time zone. */
export function localIso(ms: number): string {
  return dateOf(localDay(ms, new Date(ms).getTimezoneOffset()));
}

/** The local day of an instant. `offsetMinutes` is as Date#getTimezoneOffset gives it (UTC minus local). */
export function localDay(ms: number, offsetMinutes: number): number {
  return Math.floor((ms - offsetMinutes * 60_000) / DAY_MS);
}

// ---------------------------------------------------------------------------------------------
// The statistics

/**
 * Everything the dashboard shows. `statusOf` gives a question's review status (the scheduler's);
 * `timeZoneOffsetMinutes` fixes the time zone (tests); without it each instant uses this machine's
 * offset at that instant, so days stay right across daylight-saving changes.
 */
export function computeStats(
  attempts: readonly Attempt[],
  questions: readonly Question[],
  now: Date,
  statusOf: (questionId: string) => ReviewStatus,
  timeZoneOffsetMinutes?: number,
): DashboardData {
  const offsetAt = (ms: number) => timeZoneOffsetMinutes ?? new Date(ms).getTimezoneOffset();
  const dayOf = (ms: number) => localDay(ms, offsetAt(ms));
  const nowMs = now.getTime();
  const today = dayOf(nowMs);

  // A regrade record is not practice; the attempt it names carries its grade (regrade.ts).
  const practice = applyRegrades(attempts)
    .flatMap((attempt) => {
      const at = Date.parse(attempt.at);
      return attempt.outcome !== 'reset' && Number.isFinite(at) && at <= nowMs ? [{ attempt, at, day: dayOf(at) }] : [];
    })
    .sort((a, b) => a.at - b.at || compareText(a.attempt.id, b.attempt.id));

  const perDay = new Map<number, number>();
  for (const { day } of practice) perDay.set(day, (perDay.get(day) ?? 0) + 1);

  return {
    today: dateOf(today),
    totals: { attempts: practice.length, questionsPractised: new Set(practice.map(({ attempt }) => attempt.questionId)).size, activeDays: perDay.size },
    heatmap: heatmap(perDay, today),
    streaks: streaks(perDay, today),
    masteryByRole: mastery(questions, (question) => question.roles, statusOf),
    masteryByTopic: mastery(questions, (question) => [question.topic], statusOf),
    areas: areaTrends(practice, questions, today),
    time: timeUse(practice.map(({ attempt }) => attempt)),
    exercises: exercises(practice, questions),
  };
}

function heatmap(perDay: ReadonlyMap<number, number>, today: number): DayCount[] {
  const first = today - weekdayOf(today) - (HEATMAP_WEEKS - 1) * 7;
  const days: DayCount[] = [];
  for (let day = first; day <= today; day++) days.push({ date: dateOf(day), count: perDay.get(day) ?? 0 });
  return days;
}

function streaks(perDay: ReadonlyMap<number, number>, today: number): DashboardData['streaks'] {
  const active = [...perDay.keys()].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < active.length; i++) {
    run = i > 0 && active[i] === active[i - 1] + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const practisedToday = perDay.has(today);
  // The day has not ended: a streak through yesterday is still alive.
  let current = 0;
  for (let day = practisedToday ? today : today - 1; perDay.has(day); day--) current++;
  return { current, longest, practisedToday };
}

function mastery(
  questions: readonly Question[],
  groupsOf: (question: Question) => readonly string[],
  statusOf: (questionId: string) => ReviewStatus,
): MasteryRow[] {
  const rows = new Map<string, MasteryRow>();
  for (const question of questions) {
    const status = statusOf(question.id);
    for (const name of new Set(groupsOf(question))) {
      let row = rows.get(name);
      if (!row) rows.set(name, (row = { name, total: 0, new: 0, learning: 0, due: 0, mastered: 0 }));
      row.total++;
      row[status]++;
    }
  }
  return [...rows.values()].sort((a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.name, b.name));
}

interface Dated {
  attempt: Attempt;
  at: number;
  day: number;
}

function areaTrends(practice: readonly Dated[], questions: readonly Question[], today: number): AreaTrend[] {
  const areaById = new Map(questions.map((question) => [question.id, areaOf(question)]));
  const firstMonday = today - weekdayOf(today) - (TREND_WEEKS - 1) * 7;
  return AREAS.map((area) => {
    // Attempts without a score (exercise runs, skips) or for questions no longer loaded say nothing about an area.
    const scored = practice.filter(({ attempt }) => attempt.score !== undefined && areaById.get(attempt.questionId) === area);
    const weeks: WeekScore[] = Array.from({ length: TREND_WEEKS }, (_, index) => {
      const monday = firstMonday + index * 7;
      const scores = scored.filter(({ day }) => day >= monday && day < monday + 7).map(({ attempt }) => attempt.score!);
      return { week: isoWeekOf(monday), start: dateOf(monday), average: scores.length > 0 ? round(mean(scores), 1) : null, count: scores.length };
    });
    const latest = scored.slice(-ROLLING_ATTEMPTS).map(({ attempt }) => attempt.score!);
    const rolling = latest.length > 0 ? { average: round(mean(latest), 1), count: latest.length, band: readinessOf(mean(latest)) } : null;
    return { area, weeks, rolling };
  });
}

/** Exercise runs are left out: their time runs from scaffolding, breaks and all. */
function timeUse(attempts: readonly Attempt[]): TimeUse {
  const timed = attempts.filter((attempt) => attempt.kind !== 'exercise' && attempt.allottedMs !== undefined && attempt.allottedMs > 0);
  const usedMs = timed.reduce((sum, attempt) => sum + attempt.durationMs, 0);
  const allottedMs = timed.reduce((sum, attempt) => sum + attempt.allottedMs!, 0);
  return {
    usedMs,
    allottedMs,
    ratio: allottedMs > 0 ? round(usedMs / allottedMs, 2) : null,
    attempts: timed.length,
    overtime: timed.filter((attempt) => attempt.durationMs > attempt.allottedMs!).length,
  };
}

/** An exercise is a question whose `exercise` is itself (its exercise.md); runs record that id. `practice` is in time order. */
function exercises(practice: readonly { attempt: Attempt; day: number }[], questions: readonly Question[]): DashboardData['exercises'] {
  const byId = new Map(questions.filter((question) => question.exercise === question.id).map((question) => [question.id, question]));
  const runs = practice.filter(({ attempt }) => attempt.kind === 'exercise' && byId.has(attempt.questionId));
  const last = new Map<string, { attempt: Attempt; day: number }>();
  for (const run of runs) {
    last.delete(run.attempt.questionId); // so the map's order is the order of each exercise's last run
    last.set(run.attempt.questionId, run);
  }
  const lastRuns = [...last.values()]
    .reverse()
    .slice(0, LAST_RUNS_SHOWN)
    .map(({ attempt, day }): ExerciseRun => {
      const row: ExerciseRun = { id: attempt.questionId, title: byId.get(attempt.questionId)!.title, date: dateOf(day), passed: attempt.outcome === 'passed' };
      if (attempt.language) row.language = attempt.language;
      // Counts from a report only: a run read from its exit code alone has none, and says only pass or fail.
      if (attempt.casesTotal !== undefined && attempt.casesPassed !== undefined && attempt.casesPassed <= attempt.casesTotal) {
        row.casesPassed = attempt.casesPassed;
        row.casesTotal = attempt.casesTotal;
      }
      return row;
    });
  return {
    passed: new Set(runs.filter(({ attempt }) => attempt.outcome === 'passed').map(({ attempt }) => attempt.questionId)).size,
    attempted: last.size,
    total: byId.size,
    lastRuns,
  };
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** Code-unit order: the same in every locale, so every window computes the same result. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
