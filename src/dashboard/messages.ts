// The dashboard's messages, one union per direction, shared by the host and the webview. Each side
// checks what it receives: the host before acting on it, the webview before drawing it.
import { AREAS, LAST_RUNS_SHOWN, READINESS, type DashboardData } from '../progress/stats';
import type { InterviewView } from './interviewView';

/** Host → webview. `interview` is null without a study plan. */
export type ToDashboard = { type: 'data'; data: DashboardData; interview: InterviewView | null };

/**
 * Webview → host. `rendered` follows each drawing of data, so tests can wait on it. `drillWeakest`
 * asks for a drill over the weakest questions on the interview day (the host knows which it sent);
 * `planInterview` runs Plan for an Interview.
 */
export type FromDashboard =
  { type: 'ready' } | { type: 'rendered'; attempts: number } | { type: 'drillTopic'; topic: string } | { type: 'drillWeakest' } | { type: 'planInterview' };

const MAX_NAME = 500;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isName = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_NAME;
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isScore = (value: unknown) => value === null || (isNumber(value) && value >= 0 && value <= 10);
const arrayOf = (value: unknown, check: (item: unknown) => boolean) => Array.isArray(value) && value.every(check);
const hasKeys = (value: Record<string, unknown>, keys: readonly string[]) => Object.keys(value).length === keys.length && keys.every((key) => key in value);

export function isFromDashboard(message: unknown): message is FromDashboard {
  // Own keys only: a value inherited from a prototype is not part of what was posted.
  if (!isObject(message) || !Object.hasOwn(message, 'type')) return false;
  switch (message.type) {
    case 'ready':
    case 'drillWeakest':
    case 'planInterview':
      return hasKeys(message, ['type']);
    case 'rendered':
      return hasKeys(message, ['type', 'attempts']) && isCount(message.attempts);
    case 'drillTopic':
      return hasKeys(message, ['type', 'topic']) && isName(message.topic);
    default:
      return false;
  }
}

export function isToDashboard(message: unknown): message is ToDashboard {
  return isObject(message) && message.type === 'data' && isDashboardData(message.data) && (message.interview === null || isInterviewView(message.interview));
}

const isShare = (value: unknown) => isNumber(value) && value >= 0 && value <= 1;
const isLine = (value: unknown) => typeof value === 'string' && value.length <= MAX_NAME * 2;
const REASONS: readonly unknown[] = ['due', 'weak', 'new'];

const isRecallRow = (row: unknown) =>
  isObject(row) &&
  isName(row.name) &&
  isCount(row.questions) &&
  isCount(row.practised) &&
  isShare(row.recall) &&
  isCount(row.weak) &&
  (row.score === null ||
    (isObject(row.score) &&
      isScore(row.score.average) &&
      row.score.average !== null &&
      isCount(row.score.count) &&
      (READINESS as readonly unknown[]).includes(row.score.band)));

/** Structural check of the interview part: predicted recall, the weakest topics and today's plan. */
export function isInterviewView(view: unknown): view is InterviewView {
  if (!isObject(view) || !isDate(view.today) || !isDate(view.interviewDate) || !Number.isInteger(view.daysLeft)) return false;
  const { forecast } = view;
  return (
    isObject(forecast) &&
    isDate(forecast.interviewDate) &&
    typeof forecast.at === 'string' &&
    arrayOf(forecast.roles, isName) &&
    isRecallRow(forecast.overall) &&
    arrayOf(forecast.byRole, isRecallRow) &&
    arrayOf(forecast.byTopic, isRecallRow) &&
    arrayOf(forecast.weakestTopics, isName) &&
    arrayOf(forecast.weakestQuestionIds, isName) &&
    isShare(view.unseenRecall) &&
    isShare(view.weakRecall) &&
    isShare(view.followed) &&
    isCount(view.laidOut) &&
    isCount(view.dailyItems) &&
    typeof view.mock === 'boolean' &&
    arrayOf(view.todayItems, (item) => isObject(item) && isName(item.id) && isLine(item.title) && REASONS.includes(item.reason) && isLine(item.line)) &&
    arrayOf(view.days, (day) => isObject(day) && isDate(day.date) && isLine(day.line))
  );
}

const isMasteryRow = (row: unknown) => isObject(row) && isName(row.name) && ['total', 'new', 'learning', 'due', 'mastered'].every((key) => isCount(row[key]));

const isAreaTrend = (trend: unknown) =>
  isObject(trend) &&
  (AREAS as readonly unknown[]).includes(trend.area) &&
  arrayOf(trend.weeks, (week) => isObject(week) && typeof week.week === 'string' && isDate(week.start) && isScore(week.average) && isCount(week.count)) &&
  (trend.rolling === null ||
    (isObject(trend.rolling) &&
      trend.rolling.average !== null &&
      isScore(trend.rolling.average) &&
      isCount(trend.rolling.count) &&
      (READINESS as readonly unknown[]).includes(trend.rolling.band)));

const isExerciseRun = (run: unknown) =>
  isObject(run) &&
  isName(run.id) &&
  isLine(run.title) &&
  isDate(run.date) &&
  typeof run.passed === 'boolean' &&
  (run.language === undefined || isName(run.language)) &&
  (run.casesPassed === undefined) === (run.casesTotal === undefined) &&
  (run.casesTotal === undefined || (isCount(run.casesPassed) && isCount(run.casesTotal) && run.casesPassed <= run.casesTotal));

/** Structural check of everything the webview draws: a bad value must not reach the DOM as markup or geometry. */
export function isDashboardData(data: unknown): data is DashboardData {
  if (!isObject(data) || !isDate(data.today)) return false;
  const { totals, streaks, time, exercises } = data;
  return (
    isObject(totals) &&
    isCount(totals.attempts) &&
    isCount(totals.questionsPractised) &&
    isCount(totals.activeDays) &&
    arrayOf(data.heatmap, (day) => isObject(day) && isDate(day.date) && isCount(day.count)) &&
    isObject(streaks) &&
    isCount(streaks.current) &&
    isCount(streaks.longest) &&
    typeof streaks.practisedToday === 'boolean' &&
    arrayOf(data.masteryByRole, isMasteryRow) &&
    arrayOf(data.masteryByTopic, isMasteryRow) &&
    arrayOf(data.areas, isAreaTrend) &&
    isObject(time) &&
    isNumber(time.usedMs) &&
    time.usedMs >= 0 &&
    isNumber(time.allottedMs) &&
    time.allottedMs >= 0 &&
    (time.ratio === null || (isNumber(time.ratio) && time.ratio >= 0)) &&
    isCount(time.attempts) &&
    isCount(time.overtime) &&
    isObject(exercises) &&
    isCount(exercises.passed) &&
    isCount(exercises.attempted) &&
    isCount(exercises.total) &&
    Array.isArray(exercises.lastRuns) &&
    exercises.lastRuns.length <= LAST_RUNS_SHOWN &&
    exercises.lastRuns.every(isExerciseRun)
  );
}
