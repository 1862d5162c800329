import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgetting_curve, default_w } from 'ts-fsrs';
import type { Question } from '../../src/bank/model';
import {
  forecastRecall,
  interviewMoment,
  meanRecall,
  predictedRecall,
  UNSEEN_RECALL,
  WEAK_RECALL,
  WEAKEST_QUESTIONS,
  type ForecastInput,
} from '../../src/progress/interviewRecall';
import type { Attempt, RecallGrade } from '../../src/progress/model';
import { buildCards, retrievabilityAt, reviewCard } from '../../src/progress/scheduler';

const DAY = 86_400_000;
const START = new Date('2025-03-01T10:00:00.000Z');
const after = (days: number) => new Date(START.getTime() + days * DAY);

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

let counter = 0;
function attempt(questionId: string, at: Date, grade: RecallGrade, score?: number): Attempt {
  return {
    id: `a-${String(++counter).padStart(4, '0')}`,
    kind: 'question',
    questionId,
    at: at.toISOString(),
    durationMs: 60_000,
    grade,
    ...(score === undefined ? {} : { score }),
  };
}

describe('recall on the interview day: one card', () => {
  it('is FSRS retrievability: 90% after one stability of time, lower later, 1 right after a review', () => {
    const card = reviewCard(reviewCard(undefined, START, 'good'), after(2), 'good');
    assert.ok(card.stability > 2, `stability ${card.stability}`);
    const at = (days: number) => new Date(card.last_review!.getTime() + days * DAY);
    assert.equal(retrievabilityAt(card, at(0)), 1);
    assert.ok(Math.abs(retrievabilityAt(card, at(card.stability))! - 0.9) < 1e-6);
    assert.ok(retrievabilityAt(card, at(card.stability * 3))! < 0.9);
    // The same curve ts-fsrs defines, with its default decay (the last weight).
    assert.ok(Math.abs(retrievabilityAt(card, at(10))! - forgetting_curve(default_w[20], 10, card.stability)) < 1e-6);
  });

  it('counts fractions of a day, where ts-fsrs’s own get_retrievability floors to whole days', () => {
    const card = reviewCard(undefined, START, 'good');
    const half = retrievabilityAt(card, new Date(START.getTime() + DAY / 2))!;
    assert.ok(half < 1 && half > retrievabilityAt(card, after(1))!);
  });

  it('uses the stated prior for a question never reviewed, and never before a review', () => {
    assert.equal(retrievabilityAt(undefined, START), undefined);
    assert.equal(predictedRecall(undefined, START), UNSEEN_RECALL);
    assert.equal(UNSEEN_RECALL, 0.25);
    const card = reviewCard(undefined, START, 'good');
    assert.equal(retrievabilityAt(card, after(-1)), 1, 'a moment before the last review is no time at all');
  });

  it('after a lapse is lower on the same day than after a good answer', () => {
    const good = reviewCard(undefined, START, 'good');
    const again = reviewCard(undefined, START, 'again');
    assert.ok(predictedRecall(again, after(7)) < predictedRecall(good, after(7)));
  });

  it('is predicted for 09:00 local time on the interview day', () => {
    assert.equal(interviewMoment('2025-03-20', 0).toISOString(), '2025-03-20T09:00:00.000Z');
    // UTC+1 (getTimezoneOffset -60): 09:00 local is 08:00 UTC; UTC-5: 14:00 UTC.
    assert.equal(interviewMoment('2025-03-20', -60).toISOString(), '2025-03-20T08:00:00.000Z');
    assert.equal(interviewMoment('2025-03-20', 300).toISOString(), '2025-03-20T14:00:00.000Z');
    assert.throws(() => interviewMoment('20/03/2025', 0), RangeError);
  });
});

describe('recall on the interview day: per role and topic', () => {
  const questions = [
    question('a', { topic: 'Statistics' }),
    question('b', { topic: 'Statistics' }),
    question('c', { topic: 'Deep learning', roles: ['ML Engineer', 'AI Researcher'] }),
    question('d', { topic: 'MLOps', roles: ['Data Scientist'] }),
  ];
  const attempts = [attempt('a', START, 'good', 8), attempt('a', after(3), 'good', 9), attempt('c', after(10), 'again', 3)];
  const now = after(11);
  const input = (fields: Partial<ForecastInput> = {}): ForecastInput => ({
    questions,
    cards: buildCards(attempts, now),
    attempts,
    roles: ['ML Engineer'],
    interviewDate: '2025-03-20',
    at: interviewMoment('2025-03-20', 0),
    now,
    ...fields,
  });

  it('covers the plan’s roles only, each question once, with the prior for the unseen', () => {
    const forecast = forecastRecall(input({ questions: [...questions, question('a', { topic: 'Statistics' })] }));
    assert.equal(forecast.overall.questions, 3);
    assert.equal(forecast.overall.practised, 2);
    const cards = buildCards(attempts, now);
    const at = interviewMoment('2025-03-20', 0);
    assert.equal(forecast.overall.recall, Math.round(meanRecall(['a', 'b', 'c'], cards, at) * 100) / 100);
    assert.deepEqual(
      forecast.byRole.map((row) => row.name),
      ['ML Engineer'],
      'the other roles of a shared question are not the plan’s',
    );
    const statistics = forecast.byTopic.find((row) => row.name === 'Statistics')!;
    assert.equal(statistics.questions, 2);
    assert.equal(statistics.recall, Math.round(((predictedRecall(cards.get('a'), at) + UNSEEN_RECALL) / 2) * 100) / 100);
    assert.equal(statistics.weak, 1, 'b, never seen, is weak; a, reviewed twice, is not');
    assert.ok(predictedRecall(cards.get('a'), at) >= WEAK_RECALL);
  });

  it('covers every role when the plan names none', () => {
    const forecast = forecastRecall(input({ roles: [] }));
    assert.equal(forecast.overall.questions, 4);
    assert.deepEqual(
      forecast.byRole.map((row) => row.name),
      ['AI Researcher', 'Data Scientist', 'ML Engineer'],
    );
  });

  it('sets the self-assessed score and its readiness band beside the recall', () => {
    const forecast = forecastRecall(input());
    const statistics = forecast.byTopic.find((row) => row.name === 'Statistics')!;
    assert.deepEqual(statistics.score, { average: 8.5, count: 2, band: 'excellent' });
    assert.deepEqual(forecast.byTopic.find((row) => row.name === 'Deep learning')!.score, { average: 3, count: 1, band: 'needs work' });
    assert.equal(forecastRecall(input({ attempts: [] })).byTopic[0].score, null);
    // An attempt after `now` (another machine's clock) says nothing yet.
    const later = forecastRecall(input({ attempts: [...attempts, attempt('b', after(30), 'good', 0)] }));
    assert.deepEqual(later.byTopic.find((row) => row.name === 'Statistics')!.score, statistics.score);
  });

  it('names the weakest topics, lowest recall first, and their weakest questions for "drill these"', () => {
    const many = [...questions, ...Array.from({ length: 12 }, (_, i) => question(`s${String(i).padStart(2, '0')}`, { topic: 'Systems' }))];
    const forecast = forecastRecall(input({ questions: many }));
    assert.equal(forecast.weakestTopics[0], 'Systems', 'all unseen: the prior');
    assert.deepEqual(
      forecast.weakestTopics,
      [...forecast.weakestTopics].sort((x, y) => forecast.byTopic.find((r) => r.name === x)!.recall - forecast.byTopic.find((r) => r.name === y)!.recall),
    );
    assert.equal(forecast.weakestQuestionIds.length, WEAKEST_QUESTIONS);
    const recall = (id: string) => predictedRecall(buildCards(attempts, now).get(id), interviewMoment('2025-03-20', 0));
    const values = forecast.weakestQuestionIds.map(recall);
    assert.deepEqual(
      values,
      [...values].sort((x, y) => x - y),
    );
  });

  it('is plain JSON, and the same whatever the order of the bank', () => {
    const forecast = forecastRecall(input());
    assert.deepEqual(JSON.parse(JSON.stringify(forecast)), forecast);
    assert.deepEqual(forecastRecall(input({ questions: [...questions].reverse() })), forecast);
  });

  it('says nothing of an empty bank beyond zeros', () => {
    const forecast = forecastRecall(input({ questions: [] }));
    assert.deepEqual(forecast.overall, { name: 'All questions', questions: 0, practised: 0, recall: 0, weak: 0, score: null });
    assert.deepEqual(forecast.weakestQuestionIds, []);
  });
});
