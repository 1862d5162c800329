import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { State, type Card } from 'ts-fsrs';
import type { Question } from '../../src/bank/model';
import {
  DEFAULT_DAILY_ITEMS,
  dayItems,
  explainDay,
  explainItem,
  finalDayCount,
  MIN_GAIN,
  missedItems,
  MOCK_DAY_SHARE,
  planDates,
  planForDate,
  type DatePlanInput,
} from '../../src/progress/interviewDayPlan';
import { predictedRecall, UNSEEN_RECALL, WEAK_RECALL } from '../../src/progress/interviewRecall';
import { retrievabilityAt, reviewCard } from '../../src/progress/scheduler';
import { compare, scenarios, simulate, SimulatedLearner, uniform } from '../bench/simulatedLearner';

const DAY = 86_400_000;
const NOW = new Date('2025-03-10T18:00:00.000Z');
const at = (date: string) => new Date(`${date}T09:00:00.000Z`);

function question(id: string, fields: Partial<Question> = {}): Question {
  return {
    id,
    title: id,
    roles: ['ML Engineer'],
    topic: 'ML algorithms',
    kind: 'concept',
    difficulty: 'easy',
    time: 600,
    tags: [],
    evaluation: [],
    file: `/bank/${id}.md`,
    bank: '/bank',
    ...fields,
  };
}

/** A review card with the given stability, last reviewed `ago` days before NOW, due `dueIn` days after it. */
function card(stability: number, ago: number, dueIn: number): Card {
  return {
    due: new Date(NOW.getTime() + dueIn * DAY),
    stability,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 3,
    lapses: 0,
    state: State.Review,
    last_review: new Date(NOW.getTime() - ago * DAY),
  };
}

function input(fields: Partial<DatePlanInput> & Pick<DatePlanInput, 'questions'>): DatePlanInput {
  const interviewDate = fields.interviewDate ?? '2025-03-24';
  return { roles: [], cards: new Map(), now: NOW, today: '2025-03-10', interviewDate, at: at(interviewDate), ...fields };
}

const bank = (count: number) => Array.from({ length: count }, (_, i) => question(`q${String(i).padStart(3, '0')}`));

describe('plan for the interview day: its dates', () => {
  it('runs from today up to the day before the interview', () => {
    assert.deepEqual(planDates('2025-03-10', '2025-03-13'), ['2025-03-10', '2025-03-11', '2025-03-12']);
    assert.deepEqual(planDates('2025-02-27', '2025-03-02'), ['2025-02-27', '2025-02-28', '2025-03-01']);
  });

  it('always has at least today, even on or after the interview day', () => {
    assert.deepEqual(planDates('2025-03-10', '2025-03-11'), ['2025-03-10']);
    assert.deepEqual(planDates('2025-03-10', '2025-03-10'), ['2025-03-10']);
    assert.deepEqual(planDates('2025-03-10', '2025-03-01'), ['2025-03-10']);
    assert.deepEqual(
      planForDate(input({ interviewDate: '2025-03-01', questions: bank(1) })).days.map((day) => day.date),
      ['2025-03-10'],
    );
  });

  it('rejects malformed dates', () => {
    assert.throws(() => planDates('2025-03-10', '13/03/2025'), RangeError);
    assert.throws(() => planDates('2025-02-30', '2025-03-13'), RangeError);
  });
});

describe('plan for the interview day: days and load', () => {
  it('runs to the day before the interview, each day within the daily load', () => {
    const plan = planForDate(input({ questions: bank(100), dailyItems: 7 }));
    assert.equal(plan.days.length, 14);
    assert.equal(plan.days[0].date, '2025-03-10');
    assert.equal(plan.days.at(-1)!.date, '2025-03-23');
    for (const day of plan.days) assert.ok(day.items.length <= 7, `${day.date}: ${day.items.length}`);
    assert.equal(plan.days[0].items.length, 7, 'a fresh start has plenty worth doing');
    assert.equal(plan.dailyItems, 7);
    assert.equal(planForDate(input({ questions: bank(3) })).dailyItems, DEFAULT_DAILY_ITEMS);
    assert.equal(planForDate(input({ questions: bank(3), dailyItems: -2 })).dailyItems, DEFAULT_DAILY_ITEMS);
  });

  it('plans the chosen roles’ questions only, each at most once a day', () => {
    const questions = [question('a'), question('b', { roles: ['Data Scientist'] }), question('a')];
    const plan = planForDate(input({ questions, roles: ['ML Engineer'] }));
    assert.deepEqual(
      plan.days[0].items.map((item) => item.id),
      ['a'],
    );
    for (const day of plan.days) assert.equal(new Set(day.items.map((item) => item.id)).size, day.items.length);
  });

  it('keeps the last days for review and full mock interviews, the very last without a mock', () => {
    assert.deepEqual([1, 2, 5, 8, 14, 30].map(finalDayCount), [0, 1, 1, 2, 3, 3]);
    const plan = planForDate(input({ questions: bank(300), dailyItems: 10, mocks: true }));
    assert.deepEqual(plan.days.map((day) => day.phase).slice(-4), ['learn', 'final', 'final', 'final']);
    assert.deepEqual(plan.days.map((day) => day.mock).slice(-4), [false, true, true, false]);
    for (const day of plan.days.filter((candidate) => candidate.phase === 'final')) {
      assert.ok(
        day.items.every((item) => item.reason !== 'new'),
        `${day.date} has no new items`,
      );
      assert.ok(day.items.length > 0, `${day.date} has reviews`);
      assert.ok(day.items.length <= (day.mock ? Math.ceil(10 * MOCK_DAY_SHARE) : 10));
    }
    assert.ok(
      planForDate(input({ questions: bank(300), mocks: false })).days.every((day) => !day.mock),
      'no mock without a mock format',
    );
  });

  it('keeps the final phase the plan began with as the days run out', () => {
    const later = planForDate(
      input({ questions: bank(50), now: new Date(NOW.getTime() + 11 * DAY), today: '2025-03-21', createdOn: '2025-03-10', mocks: true }),
    );
    assert.deepEqual(
      later.days.map((day) => [day.date, day.phase, day.mock]),
      [
        ['2025-03-21', 'final', true],
        ['2025-03-22', 'final', true],
        ['2025-03-23', 'final', false],
      ],
    );
    assert.equal(later.createdOn, '2025-03-10');
  });

  it('still gives something to do when the interview is tomorrow and nothing was practised', () => {
    const plan = planForDate(input({ questions: bank(5), interviewDate: '2025-03-11' }));
    assert.equal(plan.days.length, 1);
    assert.equal(plan.days[0].items.length, 5);
    assert.ok(plan.days[0].items.every((item) => item.reason === 'new'));
  });
});

describe('plan for the interview day: what it picks', () => {
  it('labels items due, weak on the day (not due yet) or new, and explains each in one line', () => {
    const cards = new Map([
      ['due', card(5, 5, 0)],
      ['later', card(1.4, 1.1, 0.3)],
      ['strong', card(2, 1, 1)],
    ]);
    const plan = planForDate(input({ questions: [question('due'), question('later'), question('strong'), question('fresh')], cards, dailyItems: 4 }));
    const byId = new Map(plan.days[0].items.map((item) => [item.id, item]));
    assert.equal(byId.get('due')!.reason, 'due');
    assert.equal(byId.get('later')!.reason, 'weak');
    assert.equal(byId.get('fresh')!.reason, 'new');
    assert.equal(byId.get('fresh')!.recallNow, UNSEEN_RECALL);
    assert.equal(byId.get('later')!.recallOnDay, Math.round(predictedRecall(cards.get('later'), at('2025-03-24')) * 100) / 100);
    assert.match(explainItem(byId.get('due')!), /^due: FSRS schedules its review now; \d+% on the interview day without it, about \d+% with it$/);
    assert.match(explainItem(byId.get('later')!), /^weak on the day: not due yet; \d+% on the interview day/);
    assert.equal(byId.get('strong')!.reason, 'weak');
    assert.ok(byId.get('strong')!.recallOnDay >= WEAK_RECALL);
    assert.match(
      explainItem(byId.get('strong')!),
      /^brought forward: not due yet; \d+% on the interview day/,
      'a question not weak on the day is said to be brought forward',
    );
    assert.match(explainItem(byId.get('fresh')!), /^new: not practised yet; about \d+% on the interview day once practised$/);
    assert.equal(explainDay(plan.days[0]), '2025-03-10: 1 due, 2 weak on the day, 1 new');
    for (const item of plan.days[0].items) assert.ok(!explainItem(item).includes('\n'));
  });

  it('brings forward a question due before the interview, but not yet', () => {
    const cards = new Map([['soon', card(2, 1, 1)]]);
    assert.ok(retrievabilityAt(cards.get('soon'), NOW)! > 0.9, 'not due: recall is still above FSRS’s 90% target');
    const plan = planForDate(input({ questions: [question('soon')], cards }));
    assert.equal(plan.days[0].items[0]?.reason, 'weak');
    assert.equal(plan.days[0].items[0]?.id, 'soon');
  });

  it('leaves alone what the interview will find strong: a gain under a point of recall is not worth a slot', () => {
    const cards = new Map([['fresh-review', card(400, 0, 300)]]);
    const plan = planForDate(input({ questions: [question('fresh-review')], cards }));
    assert.deepEqual(
      plan.days.flatMap((day) => day.items),
      [],
    );
    assert.equal(MIN_GAIN, 0.01);
  });

  it('orders each day by the documented gain: r·R(good) + (1 − r)·R(again) − R(left alone), on the day', () => {
    const cards = new Map([
      ['a', card(5, 5, 0)],
      ['b', card(1, 3, -2)],
      ['c', card(30, 40, -10)],
      ['d', card(3, 1, 2)],
      ['e', card(12, 2, 10)],
    ]);
    const plan = planForDate(input({ questions: ['a', 'b', 'c', 'd', 'e'].map((id) => question(id)), cards, dailyItems: 3 }));
    const gain = (id: string) => {
      const c = cards.get(id)!;
      const r = retrievabilityAt(c, NOW)!;
      const day = at('2025-03-24');
      return r * predictedRecall(reviewCard(c, NOW, 'good'), day) + (1 - r) * predictedRecall(reviewCard(c, NOW, 'again'), day) - predictedRecall(c, day);
    };
    const expected = [...cards.keys()].sort((x, y) => gain(y) - gain(x)).slice(0, 3);
    assert.deepEqual(
      plan.days[0].items.map((item) => item.id),
      expected,
    );
    for (const item of plan.days[0].items) assert.ok(Math.abs(item.recallIfPractised - (item.recallOnDay + gain(item.id))) <= 0.011);
  });

  it('brings in new items in the plan’s order: topics in turn, about 40% behavioral', () => {
    const questions = [
      ...Array.from({ length: 6 }, (_, i) => question(`t${i}`, { topic: `Topic ${i % 3}` })),
      ...Array.from({ length: 4 }, (_, i) => question(`b${i}`, { kind: 'behavioral', topic: 'Behavioral (STAR)' })),
    ];
    const ids = planForDate(input({ questions, dailyItems: 5 })).days[0].items.map((item) => item.id);
    assert.deepEqual(ids, ['t0', 't1', 'b0', 't2', 'b1']);
  });
});

describe('plan for the interview day: missed days and today', () => {
  const questions = bank(40);
  const first = planForDate(input({ questions, dailyItems: 5 }));

  it('folds the unfinished items of missed days into today, first, saying where they came from', () => {
    const done = new Set([first.days[0].items[0].id]);
    const missed = missedItems(first, '2025-03-12', done);
    assert.deepEqual(
      missed.map((item) => item.from),
      [...Array(4).fill('2025-03-10'), ...Array(5).fill('2025-03-11')],
    );
    const next = planForDate(
      input({ questions, dailyItems: 5, now: new Date(NOW.getTime() + 2 * DAY), today: '2025-03-12', carried: missed, createdOn: first.createdOn }),
    );
    const today = next.days[0].items;
    assert.deepEqual(
      today.map((item) => item.id),
      missed.slice(0, 5).map((item) => item.id),
      'carried items fill today up to the load',
    );
    assert.deepEqual(
      today.map((item) => item.carriedFrom),
      Array(4).fill('2025-03-10').concat(['2025-03-11']),
    );
    assert.match(explainItem(today[0]), /; carried over from 2025-03-10$/);
    assert.deepEqual(missedItems(first, '2025-03-10', new Set()), [], 'nothing is missed on the first day');
  });

  it('drops what was done today, in the plan and when planning afresh', () => {
    const doneId = first.days[0].items[1].id;
    assert.deepEqual(
      dayItems(first, '2025-03-10', new Set([doneId])).map((item) => item.id),
      first.days[0].items.map((item) => item.id).filter((id) => id !== doneId),
    );
    const again = planForDate(input({ questions, dailyItems: 5, doneToday: new Set([doneId]) }));
    assert.ok(!again.days[0].items.some((item) => item.id === doneId));
    assert.equal(again.days[0].items.length, 5, 'practice outside the plan does not use up its load');
    const replanned = planForDate(input({ questions, dailyItems: 5, doneToday: new Set([doneId]), usedToday: 1 }));
    assert.equal(replanned.days[0].items.length, 4, 'today planned again: its done items count in the load');
    assert.equal(replanned.days[1].items.length, 5);
    assert.deepEqual(dayItems(first, '2024-01-01', new Set()), []);
  });

  it('is deterministic, whatever the bank’s order, and plain JSON', () => {
    const cards = new Map([
      ['q001', card(5, 5, 0)],
      ['q002', card(2, 1, 1)],
    ]);
    const plan = planForDate(input({ questions, cards, mocks: true }));
    assert.deepEqual(planForDate(input({ questions: [...questions].reverse(), cards, mocks: true })), plan);
    assert.deepEqual(JSON.parse(JSON.stringify(plan)), plan);
    assert.ok(plan.forecast.followed > plan.forecast.idle);
  });
});

describe('plan for the interview day vs plain FSRS due-order, on a simulated learner', () => {
  it('the learner is deterministic: the same seed, question and review number give the same draw', () => {
    assert.equal(uniform(1, 'q', 2), uniform(1, 'q', 2));
    assert.notEqual(uniform(1, 'q', 2), uniform(2, 'q', 2));
    const learner = new SimulatedLearner(7);
    const prior = learner.prior('q0001');
    assert.ok(prior >= 0.05 && prior < 0.45);
    const [scenario] = scenarios(3);
    assert.deepEqual(simulate(scenario, 'plan'), simulate(scenario, 'plan'));
  });

  for (const seed of [1, 2, 3]) {
    for (const scenario of scenarios(seed)) {
      it(`seed ${seed}, ${scenario.name}: higher mean recall on the day, with the same reviews on the same days`, () => {
        const { plan, dueOrder } = compare(scenario);
        assert.deepEqual(dueOrder.reviews, plan.reviews, 'the same number of reviews each day');
        assert.ok(plan.reviews.reduce((sum, count) => sum + count, 0) > 0);
        for (const day of scenario.missed ?? []) assert.equal(plan.reviews[day], 0);
        assert.ok(plan.predicted > dueOrder.predicted, `predicted: plan ${plan.predicted.toFixed(3)} vs due-order ${dueOrder.predicted.toFixed(3)}`);
        assert.ok(plan.learner > dueOrder.learner, `the learner's true recall: plan ${plan.learner.toFixed(3)} vs due-order ${dueOrder.learner.toFixed(3)}`);
      });
    }
  }
});
