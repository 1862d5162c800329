import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Question } from '../../src/bank/model';
import { interviewView, type InterviewView } from '../../src/dashboard/interviewView';
import { isInterviewView, isToDashboard } from '../../src/dashboard/messages';
import { dayItems, explainItem, planForDate } from '../../src/progress/interviewDayPlan';
import { forecastRecall, UNSEEN_RECALL, WEAK_RECALL } from '../../src/progress/interviewRecall';
import type { Attempt } from '../../src/progress/model';
import { buildCards } from '../../src/progress/scheduler';
import { computeStats } from '../../src/progress/stats';

const NOW = new Date('2025-03-10T18:00:00.000Z');
const AT = new Date('2025-03-24T09:00:00.000Z');

function question(id: string, fields: Partial<Question> = {}): Question {
  return {
    id,
    title: `Title of ${id}`,
    roles: ['ML Engineer'],
    topic: `Topic ${id.length % 3}`,
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

const questions = ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff'].map((id) => question(id));
const attempts: Attempt[] = [
  { id: 'x1', kind: 'question', questionId: 'a', at: '2025-03-01T10:00:00.000Z', durationMs: 1000, grade: 'good', score: 8 },
  { id: 'x2', kind: 'question', questionId: 'bb', at: '2025-03-09T10:00:00.000Z', durationMs: 1000, grade: 'again', score: 3 },
];
const cards = buildCards(attempts, NOW);

function view(today = '2025-03-10', interviewDate = '2025-03-24'): InterviewView {
  const plan = planForDate({ questions, roles: ['ML Engineer'], cards, now: NOW, today, interviewDate, at: AT, dailyItems: 3, mocks: true });
  const forecast = forecastRecall({ questions, cards, attempts, roles: plan.roles, interviewDate, at: AT, now: NOW });
  return interviewView(plan, forecast, today, dayItems(plan, today, new Set()), (id) => questions.find((candidate) => candidate.id === id));
}

describe('the dashboard’s interview view', () => {
  it('carries the forecast, today’s items with their one-line reasons, and the days after today', () => {
    const shown = view();
    assert.equal(shown.daysLeft, 14);
    assert.equal(shown.interviewDate, '2025-03-24');
    assert.equal(shown.unseenRecall, UNSEEN_RECALL);
    assert.equal(shown.weakRecall, WEAK_RECALL);
    assert.equal(shown.todayItems.length, 3);
    for (const item of shown.todayItems) {
      assert.equal(item.title, `Title of ${item.id}`);
      assert.ok(item.line.length > 0 && !item.line.includes('\n'));
    }
    assert.ok(shown.days.every((day) => day.date > '2025-03-10'));
    assert.equal(shown.days.length, shown.laidOut - 1);
    assert.ok(shown.days.some((day) => day.line.endsWith('and a full mock interview')));
    assert.equal(shown.forecast.overall.questions, 6);
  });

  it('leaves out items whose question is no longer loaded', () => {
    const plan = planForDate({ questions, roles: [], cards, now: NOW, today: '2025-03-10', interviewDate: '2025-03-24', at: AT, dailyItems: 3 });
    const forecast = forecastRecall({ questions, cards, attempts, roles: [], interviewDate: '2025-03-24', at: AT, now: NOW });
    const items = dayItems(plan, '2025-03-10', new Set());
    const shown = interviewView(plan, forecast, '2025-03-10', items, (id) =>
      id === items[0].id ? undefined : questions.find((candidate) => candidate.id === id),
    );
    assert.deepEqual(
      shown.todayItems.map((item) => item.id),
      items.slice(1).map((item) => item.id),
    );
    assert.equal(shown.todayItems[0].line, explainItem(items[1]));
  });

  it('counts days left down to the interview and below zero after it', () => {
    assert.equal(view('2025-03-24', '2025-03-24').daysLeft, 0);
    assert.equal(view('2025-03-30', '2025-03-24').daysLeft, -6);
  });

  it('passes the webview’s guard, and a hostile or broken one does not', () => {
    const shown = view();
    const data = computeStats(attempts, questions, NOW, () => 'new', 0);
    assert.equal(isInterviewView(shown), true);
    assert.equal(isToDashboard({ type: 'data', data, interview: shown }), true);
    assert.deepEqual(JSON.parse(JSON.stringify(shown)), shown);
    const broken: unknown[] = [
      { ...shown, daysLeft: 1.5 },
      { ...shown, interviewDate: '<script>' },
      { ...shown, followed: 2 },
      { ...shown, unseenRecall: -0.1 },
      { ...shown, todayItems: [{ ...shown.todayItems[0], reason: 'hack' }] },
      { ...shown, todayItems: [{ ...shown.todayItems[0], title: 'x'.repeat(2000) }] },
      { ...shown, forecast: { ...shown.forecast, byTopic: [{ ...shown.forecast.byTopic[0], recall: NaN }] } },
      { ...shown, forecast: { ...shown.forecast, byTopic: [{ ...shown.forecast.byTopic[0], score: { average: 11, count: 1, band: 'good' } }] } },
      { ...shown, forecast: { ...shown.forecast, weakestQuestionIds: [''] } },
      { ...shown, days: [{ date: 'soon', line: 'x' }] },
      { ...shown, mock: 'yes' },
    ];
    for (const value of broken) assert.equal(isInterviewView(value), false, JSON.stringify(value).slice(0, 160));
  });
});
