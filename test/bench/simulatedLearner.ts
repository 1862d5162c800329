// A fixed simulated learner, to compare study strategies on the same memory: deterministic (every
// draw comes from a seeded hash of the seed, the question and the review's number, so two strategies
// that review the same question the same number of times see the same answers), and FSRS-based: the
// learner's true recall of a question follows ts-fsrs's forgetting curve with the card's stability
// times a per-question memory factor the scheduler does not know (0.6-1.6: some questions stick,
// some do not), and the first attempt at a question succeeds with a per-question prior (0.05-0.45,
// mean 0.25, the planner's UNSEEN_RECALL). A recalled answer is graded hard (15%), good (70%) or easy
// (15%); a forgotten one again. Used by the unit tests and `npm run bench`.
import { default_w, forgetting_curve, type Card } from 'ts-fsrs';
import type { Question } from '../../src/bank/model';
import { dayItems, missedItems, planForDate, type DatePlan } from '../../src/progress/interviewDayPlan';
import { meanRecall } from '../../src/progress/interviewRecall';
import type { RecallGrade } from '../../src/progress/model';
import { reviewCard } from '../../src/progress/scheduler';
import { addDays } from '../../src/progress/stats';
import { newItemOrder } from '../../src/progress/newItemOrder';

const DAY_MS = 86_400_000;
const DECAY = default_w[20];

/** A uniform number in [0, 1) from the words given: FNV-1a, then one mulberry32 step. */
export function uniform(...words: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of words.join('\u0000')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let t = (hash + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export class SimulatedLearner {
  private readonly reviews = new Map<string, number>();

  constructor(private readonly seed: number) {}

  prior(id: string): number {
    return 0.05 + 0.4 * uniform(this.seed, id, 'prior');
  }

  private factor(id: string): number {
    return 0.6 + uniform(this.seed, id, 'factor');
  }

  /** The learner's true probability of recalling `id` at `at`, given the scheduler's card. */
  trueRecall(id: string, card: Card | undefined, at: Date): number {
    if (!card?.last_review) return this.prior(id);
    const elapsed = Math.max(0, (at.getTime() - card.last_review.getTime()) / DAY_MS);
    return forgetting_curve(DECAY, elapsed, card.stability * this.factor(id));
  }

  /** Answers `id` at `at`: a draw against the true recall, then the grade. */
  answer(id: string, card: Card | undefined, at: Date): RecallGrade {
    const count = (this.reviews.get(id) ?? 0) + 1;
    this.reviews.set(id, count);
    if (uniform(this.seed, id, count, 'recall') >= this.trueRecall(id, card, at)) return 'again';
    const style = uniform(this.seed, id, count, 'grade');
    return style < 0.15 ? 'hard' : style >= 0.85 ? 'easy' : 'good';
  }
}

export type Strategy = 'plan' | 'due-order';

export interface Scenario {
  name: string;
  seed: number;
  questions: readonly Question[];
  /** Days of practice before the plan starts, and how many reviews a day (due-order, shared by both strategies). */
  historyDays: number;
  historyPerDay: number;
  /** Days from the plan's start to the interview. */
  days: number;
  dailyItems: number;
  /** Plan days (0 = the first) on which the learner does nothing. */
  missed?: readonly number[];
}

export interface Outcome {
  /** Reviews done on each plan day. */
  reviews: number[];
  /** Mean recall on the interview day over every question: the model's prediction, and the learner's true recall. */
  predicted: number;
  learner: number;
}

const START = Date.UTC(2025, 2, 3, 18, 0, 0);
const START_DATE = '2025-03-03';

/** Due-order: the due cards, most overdue first, then new questions in the plan's order. */
function dueOrder(cards: ReadonlyMap<string, Card>, order: readonly string[], at: Date, count: number): string[] {
  const due = [...cards]
    .filter(([, card]) => card.due.getTime() <= at.getTime())
    .sort(([a, x], [b, y]) => x.due.getTime() - y.due.getTime() || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
  const fresh = order.filter((id) => !cards.has(id));
  return [...due, ...fresh].slice(0, count);
}

/**
 * Runs a scenario with one strategy. The due-order run takes `counts` reviews on each plan day (the
 * plan run's), so both strategies do the same number of reviews on the same days. A mock interview
 * the plan schedules is not simulated in either run.
 */
export function simulate(scenario: Scenario, strategy: Strategy, counts?: readonly number[]): Outcome {
  const learner = new SimulatedLearner(scenario.seed);
  const order = newItemOrder(scenario.questions).map((question) => question.id);
  const cards = new Map<string, Card>();
  const practise = (ids: readonly string[], at: Date) => {
    for (const id of ids) cards.set(id, reviewCard(cards.get(id), at, learner.answer(id, cards.get(id), at)));
  };
  const historyStart = START - scenario.historyDays * DAY_MS;
  for (let day = 0; day < scenario.historyDays; day++) {
    const at = new Date(historyStart + day * DAY_MS);
    practise(dueOrder(cards, order, at, scenario.historyPerDay), at);
  }

  const interviewDate = addDays(START_DATE, scenario.days);
  const at = new Date(`${interviewDate}T09:00:00.000Z`);
  const missed = new Set(scenario.missed ?? []);
  const reviews: number[] = [];
  let plan: DatePlan | undefined;
  let done = new Set<string>();
  for (let day = 0; day < scenario.days; day++) {
    const now = new Date(START + day * DAY_MS);
    const today = addDays(START_DATE, day);
    let ids: string[];
    if (strategy === 'plan') {
      // The extension plans a day when the window first shows it, practised or not: a missed day's items are carried.
      const carried = plan ? missedItems(plan, today, done) : [];
      plan = planForDate({
        questions: scenario.questions,
        roles: [],
        cards,
        now,
        today,
        interviewDate,
        at,
        dailyItems: scenario.dailyItems,
        mocks: true,
        carried,
        horizon: 1,
        createdOn: START_DATE,
      });
      ids = missed.has(day) ? [] : dayItems(plan, today, new Set()).map((item) => item.id);
      done = new Set(ids);
    } else {
      ids = missed.has(day) ? [] : dueOrder(cards, order, now, counts?.[day] ?? scenario.dailyItems);
    }
    practise(ids, now);
    reviews.push(ids.length);
  }
  const all = scenario.questions.map((question) => question.id);
  return {
    reviews,
    predicted: meanRecall(all, cards, at),
    learner: all.reduce((sum, id) => sum + learner.trueRecall(id, cards.get(id), at), 0) / all.length,
  };
}

/** The plan and due-order on one scenario, with the same reviews on the same days. */
export function compare(scenario: Scenario): { plan: Outcome; dueOrder: Outcome } {
  const plan = simulate(scenario, 'plan');
  return { plan, dueOrder: simulate(scenario, 'due-order', plan.reviews) };
}

/** A bank of `count` questions over `topics` topics, a fifth of them behavioral, difficulties in turn. */
export function simulatedBank(count: number, topics = 8): Question[] {
  const difficulties = ['easy', 'medium', 'hard'] as const;
  return Array.from({ length: count }, (_, i): Question => {
    const behavioral = i % 5 === 4;
    const id = `q${String(i).padStart(4, '0')}`;
    return {
      id,
      title: id,
      roles: ['ML Engineer'],
      topic: behavioral ? 'Behavioral (STAR)' : `Topic ${i % topics}`,
      kind: behavioral ? 'behavioral' : 'concept',
      difficulty: difficulties[i % 3],
      time: 600,
      tags: [],
      evaluation: [],
      file: `/bank/${id}.md`,
      bank: '/bank',
    };
  });
}

/** The scenarios the unit test and the bench run, for one seed. */
export function scenarios(seed: number): Scenario[] {
  return [
    { name: 'fresh start, 200 questions, 14 days, 15 a day', seed, questions: simulatedBank(200), historyDays: 0, historyPerDay: 0, days: 14, dailyItems: 15 },
    {
      name: 'after 30 days at 6 a day, 200 questions, 14 days, 15 a day',
      seed,
      questions: simulatedBank(200),
      historyDays: 30,
      historyPerDay: 6,
      days: 14,
      dailyItems: 15,
    },
    {
      name: 'as above, missing days 3, 4 and 9',
      seed,
      questions: simulatedBank(200),
      historyDays: 30,
      historyPerDay: 6,
      days: 14,
      dailyItems: 15,
      missed: [3, 4, 9],
    },
    {
      name: 'after 60 days at 8 a day, 120 questions, 7 days, 10 a day',
      seed,
      questions: simulatedBank(120),
      historyDays: 60,
      historyPerDay: 8,
      days: 7,
      dailyItems: 10,
    },
  ];
}
