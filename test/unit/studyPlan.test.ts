import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Difficulty, Question } from '../../src/bank/model';
import { DEFAULT_DAILY_MINUTES, isBehavioral, makePlan, planDates, replan, TECHNICAL_SHARE, todayItems, type Plan, type PlanInput } from '../../src/progress/studyPlan';

function question(id: string, fields: Partial<Question> = {}): Question {
  return { id, title: id, roles: ['ML Engineer'], topic: 'ML algorithms', kind: 'concept', difficulty: 'easy', time: 600, tags: [], evaluation: [], file: `/bank/${id}.md`, bank: '/bank', ...fields };
}
const technical = (id: string, fields: Partial<Question> = {}) => question(id, fields);
const behavioral = (id: string, fields: Partial<Question> = {}) => question(id, { kind: 'behavioral', topic: 'Behavioral (STAR)', ...fields });
const exercise = (id: string, fields: Partial<Question> = {}) => question(id, { kind: 'coding', topic: 'Data structures and algorithms', exercise: id, ...fields });

function plan(fields: Partial<PlanInput> & Pick<PlanInput, 'questions'>): Plan {
  return makePlan({ roles: ['ML Engineer'], today: '2025-03-10', interviewDate: '2025-03-13', practisedIds: new Set(), dueIds: [], ...fields });
}

const itemsOf = (day: Plan['days'][number]) => [...day.questionIds, ...day.exerciseIds];
const allItems = (result: Plan) => result.days.flatMap(itemsOf);
const rank: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };
const minutesOn = (ids: readonly string[], questions: readonly Question[]) =>
  ids.reduce((sum, id) => sum + questions.find((candidate) => candidate.id === id)!.time / 60, 0);

describe('study plan: days', () => {
  it('runs from today up to the day before the interview', () => {
    assert.deepEqual(planDates('2025-03-10', '2025-03-13'), ['2025-03-10', '2025-03-11', '2025-03-12']);
    assert.deepEqual(planDates('2025-02-27', '2025-03-02'), ['2025-02-27', '2025-02-28', '2025-03-01']);
  });

  it('always has at least today, even on or after the interview day', () => {
    assert.deepEqual(planDates('2025-03-10', '2025-03-11'), ['2025-03-10']);
    assert.deepEqual(planDates('2025-03-10', '2025-03-10'), ['2025-03-10']);
    assert.deepEqual(planDates('2025-03-10', '2025-03-01'), ['2025-03-10']);
    const late = plan({ interviewDate: '2025-03-01', questions: [technical('a')] });
    assert.deepEqual(late.days.map((day) => day.date), ['2025-03-10']);
    assert.deepEqual(late.days[0].questionIds, ['a']);
  });

  it('rejects malformed dates', () => {
    assert.throws(() => plan({ interviewDate: '13/03/2025', questions: [] }), RangeError);
    assert.throws(() => plan({ today: '2025-02-30', questions: [] }), RangeError);
  });
});

describe('study plan: what gets planned', () => {
  it('plans the chosen roles’ unpractised questions, each once; exercises apart', () => {
    const questions = [
      technical('ml'), technical('seen'), technical('other-role', { roles: ['AI Architect'] }), technical('both', { roles: ['AI Architect', 'ML Engineer'] }),
      exercise('lru'), technical('ml'), technical('due'),
    ];
    const result = plan({ questions, practisedIds: new Set(['seen']), dueIds: ['due'] });
    assert.deepEqual(allItems(result).sort(), ['both', 'lru', 'ml']);
    assert.deepEqual(result.days.flatMap((day) => day.exerciseIds), ['lru']);
    assert.deepEqual(result.unscheduledIds, []);
  });

  it('plans every role when none is chosen', () => {
    const result = plan({ roles: [], questions: [technical('a', { roles: ['AI Architect'] }), technical('b', { roles: ['Data Scientist'] })] });
    assert.deepEqual(allItems(result).sort(), ['a', 'b']);
  });

  it('tells behavioral from technical practice by the Communication and leadership area', () => {
    assert.equal(isBehavioral(behavioral('star')), true);
    assert.equal(isBehavioral(question('pitch', { kind: 'pitch' })), true);
    assert.equal(isBehavioral(question('pay', { topic: 'Career and negotiation' })), true);
    assert.equal(isBehavioral(technical('algo')), false);
    assert.equal(isBehavioral(question('design', { kind: 'system-design' })), false);
  });
});

describe('study plan: balance', () => {
  // Two days of 50 minutes: a 100-minute budget, far less than the 200 minutes on offer.
  const tight = { interviewDate: '2025-03-12', dailyMinutes: 50 };
  const questions = [
    ...Array.from({ length: 10 }, (_, i) => technical(`t${i}`, { topic: `Topic ${i % 5}` })),
    ...Array.from({ length: 10 }, (_, i) => behavioral(`b${i}`)),
  ];

  it('splits the budget about 60% technical, 40% behavioral, by allotted time', () => {
    assert.equal(TECHNICAL_SHARE, 0.6);
    const result = plan({ ...tight, questions });
    const ids = allItems(result);
    const behavioralIds = ids.filter((id) => id.startsWith('b'));
    assert.equal(minutesOn(ids, questions), 100);
    assert.equal(minutesOn(behavioralIds, questions), 40);
    assert.equal(result.unscheduledIds.length, 10);
    for (const day of result.days) assert.ok(day.minutes <= 50 + 10, `${day.date} stays near its budget (${day.minutes})`);
  });

  it('gives the other side what one side cannot use', () => {
    const fewBehavioral = [...questions.filter((item) => item.id.startsWith('t')), behavioral('b0')];
    const ids = allItems(plan({ ...tight, questions: fewBehavioral }));
    assert.equal(ids.filter((id) => id.startsWith('b')).length, 1);
    assert.equal(ids.filter((id) => id.startsWith('t')).length, 9, '90 technical minutes fill the rest of the budget');
  });

  it('covers every topic before taking a second question from any, when the budget is tight', () => {
    const result = plan({ ...tight, dailyMinutes: 25, questions: questions.filter((item) => item.id.startsWith('t')) });
    const topics = allItems(result).map((id) => questions.find((item) => item.id === id)!.topic);
    assert.deepEqual([...topics].sort(), ['Topic 0', 'Topic 1', 'Topic 2', 'Topic 3', 'Topic 4']);
  });

  it('spreads items evenly over the days', () => {
    const six = Array.from({ length: 6 }, (_, i) => technical(`t${i}`));
    assert.deepEqual(plan({ questions: six }).days.map((day) => day.questionIds.length), [2, 2, 2]);
    assert.equal(DEFAULT_DAILY_MINUTES, 60);
  });

  it('schedules easier items first and harder ones later, on each side', () => {
    const mixed = [
      technical('t-hard', { difficulty: 'hard' }), technical('t-easy', { difficulty: 'easy' }), technical('t-medium', { difficulty: 'medium' }),
      behavioral('b-hard', { difficulty: 'hard' }), behavioral('b-easy', { difficulty: 'easy' }), behavioral('b-medium', { difficulty: 'medium' }),
      exercise('e-hard', { difficulty: 'hard' }), exercise('e-easy', { difficulty: 'easy' }),
    ];
    const result = plan({ questions: mixed });
    for (const side of [(id: string) => id.startsWith('b'), (id: string) => !id.startsWith('b')]) {
      const order = result.days.flatMap((day) => itemsOf(day).filter(side).map((id) => rank[mixed.find((item) => item.id === id)!.difficulty]));
      assert.deepEqual(order, [...order].sort((a, b) => a - b));
    }
    assert.ok(result.days[0].questionIds.includes('b-easy'));
    assert.ok(result.days.at(-1)!.questionIds.includes('b-hard'));
  });

  it('is deterministic, whatever the order of the bank', () => {
    const first = plan({ ...tight, questions, dueIds: ['x', 'y'] });
    const second = plan({ ...tight, questions: [...questions].reverse(), dueIds: ['x', 'y'] });
    assert.deepEqual(second, first);
    assert.deepEqual(JSON.parse(JSON.stringify(first)), first, 'a plan is plain JSON, to keep in state');
  });
});

describe('study plan: reviews', () => {
  it('adds due reviews from the first day, most overdue first', () => {
    const result = plan({ questions: [technical('a')], dueIds: ['r1', 'r2', 'r1'] });
    assert.deepEqual(result.days.map((day) => day.reviewIds), [['r1', 'r2'], [], []]);
  });

  it('keeps each day within reviewsPerDay while the days allow, then shares them out', () => {
    const due = Array.from({ length: 7 }, (_, i) => `r${i}`);
    const capped = plan({ questions: [], dueIds: due, reviewsPerDay: 3 });
    assert.deepEqual(capped.days.map((day) => day.reviewIds.length), [3, 2, 2]);
    assert.deepEqual(capped.days.flatMap((day) => day.reviewIds), due);
    const overflow = plan({ questions: [], dueIds: due, reviewsPerDay: 2 });
    assert.deepEqual(overflow.days.map((day) => day.reviewIds.length), [3, 2, 2]);
    const roomy = plan({ questions: [], dueIds: due, reviewsPerDay: 4 });
    assert.deepEqual(roomy.days.map((day) => day.reviewIds.length), [4, 3, 0]);
  });
});

describe('study plan: today and replanning', () => {
  const questions = Array.from({ length: 6 }, (_, i) => technical(`t${i}`, { difficulty: i < 2 ? 'easy' : i < 4 ? 'medium' : 'hard' }));
  const base = plan({ questions, dueIds: ['r0'] });

  it('starts from the expected three days', () => {
    assert.deepEqual(base.days.map((day) => day.questionIds), [['t0', 't1'], ['t2', 't3'], ['t4', 't5']]);
  });

  it('lists what is left for today, and what earlier days left undone', () => {
    assert.deepEqual(todayItems(base, '2025-03-10', new Set(['t1'])), { date: '2025-03-10', questionIds: ['t0'], exerciseIds: [], reviewIds: ['r0'], missed: 0 });
    assert.deepEqual(todayItems(base, '2025-03-11', new Set(['t0', 'r0'])), { date: '2025-03-11', questionIds: ['t2', 't3'], exerciseIds: [], reviewIds: [], missed: 1 });
    assert.deepEqual(todayItems(base, '2025-03-20', new Set()), { date: '2025-03-20', questionIds: [], exerciseIds: [], reviewIds: [], missed: 7 });
  });

  it('changes nothing but done items when no day was missed', () => {
    const same = replan(base, '2025-03-10', new Set(['t3']));
    assert.deepEqual(same.days.map((day) => day.questionIds), [['t0', 't1'], ['t2'], ['t4', 't5']]);
    assert.deepEqual(same.days.map((day) => day.reviewIds), [['r0'], [], []]);
  });

  it('spreads a missed day’s unfinished items over the days left, ahead of their own', () => {
    const next = replan(base, '2025-03-11', new Set(['t0']));
    assert.deepEqual(next.days.map((day) => day.date), ['2025-03-11', '2025-03-12']);
    assert.deepEqual(next.days.map((day) => day.questionIds), [['t1', 't2', 't3'], ['t4', 't5']]);
    assert.deepEqual(next.days[0].reviewIds, ['r0'], 'the missed review comes along');
    assert.equal(next.days[0].minutes, 30);
    assert.equal(todayItems(next, '2025-03-11', new Set(['t0'])).missed, 0);
  });

  it('shares out several missed days in order, and drops what was done early', () => {
    const wide = plan({ questions: Array.from({ length: 8 }, (_, i) => technical(`t${i}`)), interviewDate: '2025-03-14' });
    assert.deepEqual(wide.days.map((day) => day.questionIds), [['t0', 't1'], ['t2', 't3'], ['t4', 't5'], ['t6', 't7']]);
    const next = replan(wide, '2025-03-12', new Set(['t1', 't6']));
    assert.deepEqual(next.days.map((day) => day.questionIds), [['t0', 't2', 't4', 't5'], ['t3', 't7']]);
  });

  it('puts everything left on today once the interview day has come', () => {
    const last = replan(base, '2025-03-13', new Set(['t5']));
    assert.deepEqual(last.days.map((day) => day.date), ['2025-03-13']);
    assert.deepEqual(last.days[0].questionIds, ['t0', 't1', 't2', 't3', 't4']);
  });

  it('plans reviews afresh from the reviews due now', () => {
    const next = replan(base, '2025-03-11', new Set(), ['r5', 'r6']);
    assert.deepEqual(next.days.map((day) => day.reviewIds), [['r5', 'r6'], []]);
  });

  it('keeps exercises as exercises', () => {
    const withExercise = plan({ questions: [technical('a'), exercise('lru')], interviewDate: '2025-03-12' });
    const next = replan(withExercise, '2025-03-12', new Set());
    assert.deepEqual(next.days, [{ date: '2025-03-12', questionIds: ['a'], exerciseIds: ['lru'], reviewIds: [], minutes: 20 }]);
  });
});
