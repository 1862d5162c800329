// A day-by-day study plan up to an interview, and its adjustment when days are missed. Pure and
// deterministic: the same input gives the same plan in every window. Dates are "YYYY-MM-DD".
import type { Difficulty, Question } from '../bank/model';
import { addDays, areaOf, compareText, dayNumber } from './stats';

/** The content map's preparation plan: 60% technical practice, 40% behavioral. */
export const TECHNICAL_SHARE = 0.6;
export const DEFAULT_DAILY_MINUTES = 60;
export const DEFAULT_REVIEWS_PER_DAY = 10;

export interface PlanInput {
  /** Roles whose questions to plan; empty means every role. */
  roles: readonly string[];
  interviewDate: string;
  today: string;
  questions: readonly Question[];
  /** Ids with any attempt: they are not planned as new work. */
  practisedIds: ReadonlySet<string>;
  /** Reviews due now, most overdue first (the scheduler's order). */
  dueIds: readonly string[];
  /** Practice budget per day for new items, in minutes of allotted time. Reviews come on top. */
  dailyMinutes?: number;
  reviewsPerDay?: number;
}

export interface PlanDay {
  date: string;
  /** New questions, easier ones earlier in the plan. */
  questionIds: string[];
  /** New exercises (questions whose `exercise` is their own id). */
  exerciseIds: string[];
  /** Reviews, most overdue first. */
  reviewIds: string[];
  /** Allotted minutes of the day's new questions and exercises. */
  minutes: number;
}

export interface Plan {
  createdOn: string;
  interviewDate: string;
  roles: string[];
  dailyMinutes: number;
  reviewsPerDay: number;
  /** From the plan's first day up to the day before the interview (just the first day when that has passed). */
  days: PlanDay[];
  /** Allotted minutes of every planned item, so a replan can balance days without the bank. */
  minutes: Record<string, number>;
  /** New items that did not fit the days left, in priority order. */
  unscheduledIds: string[];
}

export interface TodayItems {
  date: string;
  questionIds: string[];
  exerciseIds: string[];
  reviewIds: string[];
  /** Unfinished items planned for earlier days: a reason to `replan`. */
  missed: number;
}

const DIFFICULTY_RANK: Readonly<Record<Difficulty, number>> = { easy: 0, medium: 1, hard: 2 };

/** Behavioral practice is what trains the Communication and leadership area (see `areaOf`). */
export function isBehavioral(question: Question): boolean {
  return areaOf(question) === 'Communication and leadership';
}

export const isExercisePrompt = (question: Question) => question.exercise === question.id;

/** Plan days from `today` to the day before `interviewDate`; always at least today. */
export function planDates(today: string, interviewDate: string): string[] {
  const count = Math.max(1, dayNumber(interviewDate) - dayNumber(today));
  return Array.from({ length: count }, (_, index) => addDays(today, index));
}

/**
 * Spreads the chosen roles' unpractised questions and exercises over the days left. The budget
 * (days × dailyMinutes) is split 60/40 between technical and behavioral items, a side that runs
 * out leaving the rest to the other; when not everything fits, each side picks topics in turn, so
 * every topic gets practice. Each side runs from easy to hard across the days.
 */
export function makePlan(input: PlanInput): Plan {
  const dailyMinutes = positive(input.dailyMinutes, DEFAULT_DAILY_MINUTES);
  const reviewsPerDay = Math.max(1, Math.floor(positive(input.reviewsPerDay, DEFAULT_REVIEWS_PER_DAY)));
  const dates = planDates(input.today, input.interviewDate);
  const due = unique(input.dueIds);
  const dueSet = new Set(due);
  const roles = new Set(input.roles);
  const seen = new Set<string>();
  const candidates = input.questions.filter((question) => {
    if (seen.has(question.id)) return false;
    seen.add(question.id);
    return !input.practisedIds.has(question.id) && !dueSet.has(question.id) && (roles.size === 0 || question.roles.some((role) => roles.has(role)));
  });

  const technical = byPriority(candidates.filter((question) => !isBehavioral(question)));
  const behavioral = byPriority(candidates.filter(isBehavioral));
  const supply = (items: readonly Question[]) => items.reduce((sum, question) => sum + minutesOf(question), 0);
  const budget = dates.length * dailyMinutes;
  let behavioralBudget = Math.min(supply(behavioral), budget * (1 - TECHNICAL_SHARE));
  const technicalBudget = Math.min(supply(technical), budget - behavioralBudget);
  behavioralBudget = Math.min(supply(behavioral), budget - technicalBudget);

  const pickedTechnical = pick(technical, technicalBudget);
  const pickedBehavioral = pick(behavioral, behavioralBudget);
  const technicalDays = spread(pickedTechnical.picked, minutesOf, dates.length);
  const behavioralDays = spread(pickedBehavioral.picked, minutesOf, dates.length);
  const reviews = spreadReviews(due, dates.length, reviewsPerDay);

  const minutes: Record<string, number> = {};
  for (const question of [...pickedTechnical.picked, ...pickedBehavioral.picked, ...pickedTechnical.left, ...pickedBehavioral.left]) minutes[question.id] = minutesOf(question);
  const days = dates.map((date, index): PlanDay => {
    const items = [...technicalDays[index], ...behavioralDays[index]];
    return {
      date,
      questionIds: items.filter((question) => !isExercisePrompt(question)).map((question) => question.id),
      exerciseIds: items.filter(isExercisePrompt).map((question) => question.id),
      reviewIds: reviews[index],
      minutes: roundMinutes(items.reduce((sum, question) => sum + minutesOf(question), 0)),
    };
  });
  return {
    createdOn: input.today,
    interviewDate: input.interviewDate,
    roles: [...input.roles],
    dailyMinutes,
    reviewsPerDay,
    days,
    minutes,
    unscheduledIds: [...pickedTechnical.left, ...pickedBehavioral.left].map((question) => question.id),
  };
}

/**
 * The order in which a plan brings in new items: each side (technical, behavioral) by topics taking
 * turns with their easiest item first, merged so that behavioral items take about 40% of the
 * allotted minutes (the 60/40 split), a side that runs out leaving the rest to the other.
 */
export function newItemOrder(questions: readonly Question[]): Question[] {
  const seen = new Set<string>();
  const unique = questions.filter((question) => !seen.has(question.id) && seen.add(question.id));
  const technical = byPriority(unique.filter((question) => !isBehavioral(question)));
  const behavioral = byPriority(unique.filter(isBehavioral));
  const ordered: Question[] = [];
  let technicalMinutes = 0;
  let behavioralMinutes = 0;
  while (technical.length > 0 || behavioral.length > 0) {
    const next = behavioral[0];
    const takeBehavioral = next !== undefined && (technical.length === 0 || behavioralMinutes + minutesOf(next) <= (1 - TECHNICAL_SHARE) * (technicalMinutes + behavioralMinutes + minutesOf(next)) + 1e-9);
    const question = (takeBehavioral ? behavioral : technical).shift()!;
    if (takeBehavioral) behavioralMinutes += minutesOf(question);
    else technicalMinutes += minutesOf(question);
    ordered.push(question);
  }
  return ordered;
}

/** What is left to do today. `doneIds`: ids attempted since the plan was made. */
export function todayItems(plan: Plan, today: string, doneIds: ReadonlySet<string>): TodayItems {
  const day = plan.days.find((candidate) => candidate.date === today);
  const open = (ids: readonly string[] | undefined) => (ids ?? []).filter((id) => !doneIds.has(id));
  const todayNumber = dayNumber(today);
  const missed = plan.days
    .filter((candidate) => dayNumber(candidate.date) < todayNumber)
    .reduce((sum, candidate) => sum + open([...candidate.questionIds, ...candidate.exerciseIds, ...candidate.reviewIds]).length, 0);
  return { date: today, questionIds: open(day?.questionIds), exerciseIds: open(day?.exerciseIds), reviewIds: open(day?.reviewIds), missed };
}

/**
 * The plan from `today` on. Unfinished items of missed (earlier) days are spread over the days
 * left, ahead of each day's own items, keeping their order; done items are dropped everywhere.
 * With `dueIds` (the reviews due now) the reviews are planned afresh, as makePlan does.
 */
export function replan(plan: Plan, today: string, doneIds: ReadonlySet<string>, dueIds?: readonly string[]): Plan {
  const dates = planDates(today, plan.interviewDate);
  const todayNumber = dayNumber(today);
  const byDate = new Map(plan.days.map((day) => [day.date, day]));
  const past = plan.days.filter((day) => dayNumber(day.date) < todayNumber);
  const open = (ids: readonly string[]) => ids.filter((id) => !doneIds.has(id));
  const weight = (id: string) => plan.minutes[id] ?? 1;

  const exerciseIds = new Set(plan.days.flatMap((day) => day.exerciseIds));
  const missedItems = spread(unique(open(past.flatMap((day) => [...day.questionIds, ...day.exerciseIds]))), weight, dates.length);
  const reviews = dueIds
    ? spreadReviews(unique(open(dueIds)), dates.length, plan.reviewsPerDay)
    : spreadReviews(unique(open(past.flatMap((day) => day.reviewIds))), dates.length, plan.reviewsPerDay).map((carried, index) => [
        ...carried,
        ...open(byDate.get(dates[index])?.reviewIds ?? []),
      ]);

  const placed = new Set<string>();
  const once = (ids: readonly string[]) =>
    ids.filter((id) => {
      if (placed.has(id)) return false;
      placed.add(id);
      return true;
    });
  const days = dates.map((date, index): PlanDay => {
    const own = byDate.get(date);
    const items = once([...missedItems[index], ...open([...(own?.questionIds ?? []), ...(own?.exerciseIds ?? [])])]);
    return {
      date,
      questionIds: items.filter((id) => !exerciseIds.has(id)),
      exerciseIds: items.filter((id) => exerciseIds.has(id)),
      reviewIds: unique(reviews[index]),
      minutes: roundMinutes(items.reduce((sum, id) => sum + weight(id), 0)),
    };
  });
  return { ...plan, days, unscheduledIds: open(plan.unscheduledIds) };
}

// ---------------------------------------------------------------------------------------------

const minutesOf = (question: Question) => question.time / 60;
const roundMinutes = (minutes: number) => Math.round(minutes * 100) / 100;

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

const easierFirst = (a: Question, b: Question) => DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty] || compareText(a.id, b.id);

/** Topics take turns (alphabetically), each offering its easiest item first: breadth before depth. */
function byPriority(questions: readonly Question[]): Question[] {
  const topics = new Map<string, Question[]>();
  for (const question of questions) topics.set(question.topic, [...(topics.get(question.topic) ?? []), question]);
  const queues = [...topics.keys()].sort(compareText).map((topic) => topics.get(topic)!.sort(easierFirst));
  const ordered: Question[] = [];
  for (let round = 0; ordered.length < questions.length; round++) for (const queue of queues) if (round < queue.length) ordered.push(queue[round]);
  return ordered;
}

/** Takes items in priority order while they fit the budget; the result runs from easy to hard. */
function pick(prioritized: readonly Question[], budgetMinutes: number): { picked: Question[]; left: Question[] } {
  const picked: Question[] = [];
  const left: Question[] = [];
  let used = 0;
  // A small tolerance: allotted times are whole seconds, budgets fractions of them.
  for (const question of prioritized) {
    if (used + minutesOf(question) <= budgetMinutes + 1e-9) {
      picked.push(question);
      used += minutesOf(question);
    } else left.push(question);
  }
  const rank = new Map(prioritized.map((question, index) => [question.id, index]));
  picked.sort((a, b) => DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty] || rank.get(a.id)! - rank.get(b.id)!);
  return { picked, left };
}

/**
 * Cuts an ordered list into `dayCount` consecutive runs of about equal weight: an item goes to the
 * day in which it starts, so order is kept, and a remainder lands early rather than late (work
 * carried over from missed days is overdue; the first days should take it).
 */
function spread<T>(items: readonly T[], weight: (item: T) => number, dayCount: number): T[][] {
  const days: T[][] = Array.from({ length: dayCount }, () => []);
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let before = 0;
  for (const item of items) {
    const index = total > 0 ? Math.floor((before / total) * dayCount) : 0;
    days[Math.min(dayCount - 1, index)].push(item);
    before += weight(item);
  }
  return days;
}

/** Reviews are due now: as few of the first days as `perDay` allows, evenly; all days when even that overflows. */
function spreadReviews(ids: readonly string[], dayCount: number, perDay: number): string[][] {
  const used = Math.min(dayCount, Math.max(1, Math.ceil(ids.length / perDay)));
  const days = spread(ids, () => 1, used);
  return Array.from({ length: dayCount }, (_, index) => days[index] ?? []);
}
