// A study plan that aims at the interview day: each day it picks the items whose practice that day
// raises the predicted recall on the interview day the most, within the daily load the user sets.
// FSRS alone schedules for long-term retention (a review when recall has fallen to 90%); before an
// interview, what counts is recall on one date, so a review is brought forward when the question
// would be weak on the day, and one whose interval runs past the interview waits. In the last days
// the plan takes no new items and adds full mock interviews. Pure and deterministic: the same
// history gives the same plan in every window. Dates are "YYYY-MM-DD".
//
// How an item is chosen. For a question with card c (none if never reviewed), practised at time t,
// with the interview at T: r = recall at t (UNSEEN_RECALL if never reviewed); the answer is taken
// to be good with probability r and a lapse ("again") otherwise, so the expected recall at T after
// practising it is r·R_T(c good at t) + (1 − r)·R_T(c again at t), and its gain is that minus R_T(c)
// (recall at T if it is left alone). Each day takes the items of highest gain, in that order. To
// plan the days after today the planner assumes each planned answer is good; each new day is
// planned afresh from what really happened.
import type { Card } from 'ts-fsrs';
import type { Question } from '../bank/model';
import { SETTING_DEFAULTS } from '../config/defaults';
import { predictedRecall, UNSEEN_RECALL, WEAK_RECALL } from './interviewRecall';
import { retrievabilityAt, reviewCard } from './scheduler';
import { isExercisePrompt, newItemOrder } from './newItemOrder';
import { addDays, compareText, dayNumber } from './stats';

/** The daily load when none is given: the dailyPlanItems setting's default. */
export const DEFAULT_DAILY_ITEMS = SETTING_DEFAULTS.dailyPlanItems;
/** The last days take no new items: about a fifth of the days, at least one once there are two, at most three. */
export const MAX_FINAL_DAYS = 3;
/** A mock day's load of single items: a full mock interview asks many questions of its own. */
export const MOCK_DAY_SHARE = 0.5;
/** A practice that raises recall on the day by less than this (one percentage point) is not worth a slot: the load is a cap, not a quota. */
export const MIN_GAIN = 0.01;

/** Plan days from `today` to the day before `interviewDate`; always at least today. */
export function planDates(today: string, interviewDate: string): string[] {
  const count = Math.max(1, dayNumber(interviewDate) - dayNumber(today));
  return Array.from({ length: count }, (_, index) => addDays(today, index));
}

export type PlanReason = 'due' | 'weak' | 'new';

export interface DatePlanItem {
  id: string;
  /** due: FSRS says review it now; weak: not due, but weak on the day; new: never practised. */
  reason: PlanReason;
  exercise: boolean;
  /** Predicted recall at the day's practice time, on the interview day if left alone, and (expected) if practised then; two decimals. */
  recallNow: number;
  recallOnDay: number;
  recallIfPractised: number;
  /** The earlier plan day it was missed on, when it was folded into today. */
  carriedFrom?: string;
}

export interface DatePlanDay {
  date: string;
  /** learn: new items and reviews; final: reviews only (and mock interviews). */
  phase: 'learn' | 'final';
  /** A full mock interview is planned for the day. */
  mock: boolean;
  items: DatePlanItem[];
}

export interface DatePlan {
  version: 2;
  /** The day the plan was first made, and the day these days were computed. */
  createdOn: string;
  computedOn: string;
  interviewDate: string;
  roles: string[];
  dailyItems: number;
  /** From computedOn up to the day before the interview (just computedOn when that has passed). */
  days: DatePlanDay[];
  /** Mean predicted recall of the roles' questions on the day: if nothing more is done, and if the plan is followed (expected, see above). */
  forecast: { idle: number; followed: number };
}

export interface DatePlanInput {
  questions: readonly Question[];
  /** Roles whose questions to plan; empty means every role. */
  roles: readonly string[];
  cards: ReadonlyMap<string, Card>;
  /** When the plan is made; day k is practised at now + k days. */
  now: Date;
  today: string;
  interviewDate: string;
  /** When recall counts (interviewMoment). */
  at: Date;
  dailyItems?: number;
  /** First made on (kept across replans); today by default. */
  createdOn?: string;
  /** Whether a mock interview format is loaded. */
  mocks?: boolean;
  /** Unfinished items of earlier plan days, in their order: they come first today. */
  carried?: readonly { id: string; from: string }[];
  /** Ids practised already today: not planned again today. */
  doneToday?: ReadonlySet<string>;
  /** Slots of today's load already used (today's planned items done, when today is planned again). */
  usedToday?: number;
  /** Lay out only the first `horizon` days (a day's items never depend on later days, so today's are the same). */
  horizon?: number;
}

const DAY_MS = 86_400_000;

/** How many of a plan's `dayCount` days (from the day it was made) are final days. */
export function finalDayCount(dayCount: number): number {
  return dayCount < 2 ? 0 : Math.min(MAX_FINAL_DAYS, Math.max(1, Math.round(dayCount / 5)));
}

export function planForDate(input: DatePlanInput): DatePlan {
  const dailyItems = Math.max(1, Math.floor(positive(input.dailyItems, DEFAULT_DAILY_ITEMS)));
  const dates = planDates(input.today, input.interviewDate);
  const createdOn = input.createdOn ?? input.today;
  // The final phase is fixed by the plan's whole length, not by the days left at each replan.
  const finalDays = finalDayCount(planDates(createdOn, input.interviewDate).length);
  const interviewDay = dayNumber(input.interviewDate);
  const roles = new Set(input.roles);
  const questions = newItemOrder(input.questions.filter((question) => roles.size === 0 || question.roles.some((role) => roles.has(role))));
  const byId = new Map(questions.map((question) => [question.id, question]));
  const cards = new Map<string, Card>();
  for (const question of questions) {
    const card = input.cards.get(question.id);
    if (card && retrievabilityAt(card, input.now) !== undefined) cards.set(question.id, card);
  }
  // Expected recall on the day per question, as planned practice changes it.
  const expected = new Map(questions.map((question) => [question.id, predictedRecall(cards.get(question.id), input.at)]));
  const idle = mean([...expected.values()]);
  const unseen = questions.filter((question) => !cards.has(question.id)).map((question) => question.id);
  const doneToday = input.doneToday ?? new Set<string>();

  const days = dates.slice(0, Math.max(1, input.horizon ?? dates.length)).map((date, index): DatePlanDay => {
    const daysLeft = interviewDay - dayNumber(date);
    const final = daysLeft <= finalDays;
    // The day before the interview is light: reviews, no mock.
    const mock = final && (input.mocks ?? false) && daysLeft > 1;
    const full = mock ? Math.max(1, Math.ceil(dailyItems * MOCK_DAY_SHARE)) : dailyItems;
    const load = index === 0 ? Math.max(0, full - Math.max(0, Math.floor(input.usedToday ?? 0))) : full;
    const t = new Date(input.now.getTime() + index * DAY_MS);
    const skip = index === 0 ? doneToday : new Set<string>();
    const items: DatePlanItem[] = [];
    const taken = new Set<string>();
    const take = (id: string, gain: Gain, carriedFrom?: string) => {
      taken.add(id);
      items.push({
        id,
        reason: gain.reason,
        exercise: isExercisePrompt(byId.get(id)!),
        recallNow: round2(gain.now),
        recallOnDay: round2(gain.idle),
        recallIfPractised: round2(gain.idle + gain.gain),
        ...(carriedFrom ? { carriedFrom } : {}),
      });
      expected.set(id, expected.get(id)! + gain.gain);
      cards.set(id, reviewCard(cards.get(id), t, 'good'));
    };

    if (index === 0) {
      for (const { id, from } of input.carried ?? []) {
        if (items.length >= load || taken.has(id) || skip.has(id) || !byId.has(id)) continue;
        take(id, gainOf(cards.get(id), t, input.at), from);
      }
    }
    // Every unseen question has the same gain (the same prior, the same first card): one figure for all.
    const fresh = gainOf(undefined, t, input.at);
    const newIds = unseen.filter((id) => !cards.has(id) && !taken.has(id) && !skip.has(id));
    const reviews = bestReviews(
      [...cards.keys()].filter((id) => !taken.has(id) && !skip.has(id)),
      cards,
      t,
      input.at,
      load - items.length,
      final ? [] : newIds.slice(0, load).map(() => fresh.gain),
    );
    // A final day takes new items only when nothing is left to review.
    const allowNew = !final || reviews.length === 0;
    let reviewAt = 0;
    let newAt = 0;
    while (items.length < load) {
      const review = reviews[reviewAt];
      const canNew = allowNew && newAt < newIds.length && fresh.gain >= MIN_GAIN;
      if (review && (!canNew || review.gain.gain >= fresh.gain)) {
        take(review.id, review.gain);
        reviewAt++;
      } else if (canNew) {
        take(newIds[newAt++], fresh);
      } else break;
    }
    return { date, phase: final ? 'final' : 'learn', mock, items };
  });

  return {
    version: 2,
    createdOn,
    computedOn: input.today,
    interviewDate: input.interviewDate,
    roles: [...input.roles],
    dailyItems,
    days,
    forecast: { idle: round2(idle), followed: round2(mean([...expected.values()])) },
  };
}

interface Gain {
  reason: PlanReason;
  /** Recall at the practice time, and on the day if left alone. */
  now: number;
  idle: number;
  /** Expected rise of recall on the day from practising it at the practice time. */
  gain: number;
}

/**
 * The reviews worth a slot, highest gain first, enough of them to fill `slots` against the gains
 * `rivals` offer (new items). A review can gain at most 1 − its recall on the day, so cards are
 * weighed weakest first and the search stops once no card left could beat the slots' threshold.
 */
function bestReviews(
  ids: readonly string[],
  cards: ReadonlyMap<string, Card>,
  t: Date,
  at: Date,
  slots: number,
  rivals: readonly number[],
): { id: string; gain: Gain }[] {
  if (slots <= 0) return [];
  const byIdle = ids.map((id) => ({ id, idle: predictedRecall(cards.get(id), at) })).sort((a, b) => a.idle - b.idle || compareText(a.id, b.id));
  const found: { id: string; gain: Gain }[] = [];
  const best: number[] = [...rivals].sort((a, b) => b - a).slice(0, slots);
  for (const { id, idle } of byIdle) {
    const threshold = best.length >= slots ? best[slots - 1] : MIN_GAIN;
    if (1 - idle < Math.max(threshold, MIN_GAIN)) break;
    const gain = gainOf(cards.get(id), t, at);
    if (gain.gain < MIN_GAIN) continue;
    found.push({ id, gain });
    best.push(gain.gain);
    best.sort((a, b) => b - a);
    best.length = Math.min(best.length, slots);
  }
  return found.sort((a, b) => b.gain.gain - a.gain.gain || a.gain.idle - b.gain.idle || compareText(a.id, b.id));
}

function gainOf(card: Card | undefined, t: Date, at: Date): Gain {
  const now = retrievabilityAt(card, t) ?? UNSEEN_RECALL;
  const idle = predictedRecall(card, at);
  const good = predictedRecall(reviewCard(card, t, 'good'), at);
  const again = predictedRecall(reviewCard(card, t, 'again'), at);
  const reason: PlanReason = !card ? 'new' : card.due.getTime() <= t.getTime() ? 'due' : 'weak';
  return { reason, now, idle, gain: now * good + (1 - now) * again - idle };
}

/** The items of `date` not done yet. */
export function dayItems(plan: DatePlan, date: string, doneIds: ReadonlySet<string>): DatePlanItem[] {
  return (plan.days.find((day) => day.date === date)?.items ?? []).filter((item) => !doneIds.has(item.id));
}

/** Unfinished items of plan days before `today`, oldest day first: what a replan folds into today. */
export function missedItems(plan: DatePlan, today: string, doneIds: ReadonlySet<string>): { id: string; from: string }[] {
  const todayNumber = dayNumber(today);
  const seen = new Set<string>();
  return plan.days
    .filter((day) => dayNumber(day.date) < todayNumber)
    .flatMap((day) => day.items.filter((item) => !doneIds.has(item.id)).map((item) => ({ id: item.id, from: day.date })))
    .filter(({ id }) => !seen.has(id) && Boolean(seen.add(id)));
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** One line on why an item is in the day. */
export function explainItem(item: DatePlanItem): string {
  const carried = item.carriedFrom ? `; carried over from ${item.carriedFrom}` : '';
  const onDay = `${percent(item.recallOnDay)} on the interview day without it, about ${percent(item.recallIfPractised)} with it`;
  switch (item.reason) {
    case 'due':
      return `due: FSRS schedules its review now; ${onDay}${carried}`;
    case 'weak':
      return `${item.recallOnDay < WEAK_RECALL ? 'weak on the day' : 'brought forward'}: not due yet; ${onDay}${carried}`;
    case 'new':
      return `new: not practised yet; about ${percent(item.recallIfPractised)} on the interview day once practised${carried}`;
  }
}

/** One line for the day as a whole. */
export function explainDay(day: DatePlanDay): string {
  const count = (reason: PlanReason) => day.items.filter((item) => item.reason === reason).length;
  const parts = [`${count('due')} due`, `${count('weak')} weak on the day`, `${count('new')} new`].filter((part) => !part.startsWith('0 '));
  const items = parts.length > 0 ? parts.join(', ') : 'nothing to practise';
  return `${day.date}: ${items}${day.mock ? ', and a full mock interview' : ''}${day.phase === 'final' && !day.mock ? ' (review only, the last days)' : ''}`;
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

const mean = (values: readonly number[]) => (values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
const round2 = (value: number) => Math.round(value * 100) / 100;
