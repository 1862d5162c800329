import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Question } from '../../src/bank/model';
import { isDashboardData, isFromDashboard, isToDashboard } from '../../src/dashboard/messages';
import type { Attempt } from '../../src/progress/model';
import type { ReviewStatus } from '../../src/progress/model';
import { addDays, AREAS, areaOf, computeStats, dayNumber, HEATMAP_WEEKS, readinessOf, ROLLING_ATTEMPTS, TREND_WEEKS } from '../../src/progress/stats';

// A Wednesday. Its ISO week is 2025-W11; twelve weeks back starts in 2024-W52.
const NOW = new Date('2025-03-12T18:00:00.000Z');
const UTC = 0;

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
function attempt(at: string, fields: Partial<Attempt> = {}): Attempt {
  return { id: `a-${String(++counter).padStart(4, '0')}`, kind: 'question', questionId: 'q', at: new Date(at).toISOString(), durationMs: 60_000, ...fields };
}
/** An attempt at noon UTC on `date`. */
const on = (date: string, fields: Partial<Attempt> = {}) => attempt(`${date}T12:00:00Z`, fields);

const allNew = (): ReviewStatus => 'new';
const stats = (
  attempts: Attempt[],
  questions: Question[] = [question('q')],
  statusOf: (id: string) => ReviewStatus = allNew,
  offset: number | undefined = UTC,
) => computeStats(attempts, questions, NOW, statusOf, offset);

describe('stats: areas and readiness', () => {
  it('maps system-design kinds and system design topics to System design', () => {
    assert.equal(areaOf({ kind: 'system-design', topic: 'RAG quality' }), 'System design');
    assert.equal(areaOf({ kind: 'quiz', topic: 'System design' }), 'System design');
    assert.equal(areaOf({ kind: 'quiz', topic: 'System components' }), 'System design');
  });

  it('maps behavioral and pitch kinds, and career and communication topics, to Communication and leadership', () => {
    assert.equal(areaOf({ kind: 'behavioral', topic: 'Behavioral (STAR)' }), 'Communication and leadership');
    assert.equal(areaOf({ kind: 'pitch', topic: 'Anything' }), 'Communication and leadership');
    for (const topic of ['Career and negotiation', 'Stakeholder communication', 'Talking about your projects', 'Interview technique', 'Leadership']) {
      assert.equal(areaOf({ kind: 'concept', topic }), 'Communication and leadership', topic);
    }
  });

  it('maps deep learning, attention, transformer, diffusion and generative topics to Deep learning', () => {
    for (const topic of [
      'Deep learning',
      'Attention mechanisms',
      'Efficient attention',
      'Transformer architectures',
      'Diffusion models',
      'Generative vs. discriminative',
      'Evaluating generated text',
      'LLM internals',
      'Parameter-efficient fine-tuning',
      'Decoding strategies',
      'Preference alignment',
      'Prompting techniques',
    ]) {
      assert.equal(areaOf({ kind: 'concept', topic }), 'Deep learning', topic);
    }
  });

  it('maps everything else to ML fundamentals, and kind rules win over topic rules', () => {
    for (const topic of ['ML algorithms', 'Statistics', 'Data preprocessing', 'A/B testing', 'Data structures and algorithms', 'Prompt injection']) {
      assert.equal(areaOf({ kind: 'concept', topic }), 'ML fundamentals', topic);
    }
    assert.equal(areaOf({ kind: 'coding', topic: 'ML from scratch' }), 'ML fundamentals');
    assert.equal(areaOf({ kind: 'system-design', topic: 'Attention mechanisms' }), 'System design');
    assert.equal(areaOf({ kind: 'behavioral', topic: 'Deep learning' }), 'Communication and leadership');
  });

  it('puts scores in the readiness bands 8.5-10, 7-8.4, 5.5-6.9 and below 5.5', () => {
    const cases: [number, string][] = [
      [10, 'excellent'],
      [8.5, 'excellent'],
      [8.46, 'excellent'],
      [8.44, 'good'],
      [8.4, 'good'],
      [7, 'good'],
      [6.9, 'developing'],
      [5.5, 'developing'],
      [5.4, 'needs work'],
      [0, 'needs work'],
    ];
    for (const [score, band] of cases) assert.equal(readinessOf(score), band, String(score));
  });
});

describe('stats: activity heatmap', () => {
  it('has one entry per day from the Monday 26 weeks back through today, in order', () => {
    const { heatmap, today } = stats([]);
    assert.equal(today, '2025-03-12');
    // 25 full weeks plus Monday to Wednesday of this one.
    assert.equal(heatmap.length, (HEATMAP_WEEKS - 1) * 7 + 3);
    assert.equal(heatmap[0].date, '2024-09-16');
    assert.equal(new Date(`${heatmap[0].date}T00:00:00Z`).getUTCDay(), 1, 'starts on a Monday');
    assert.equal(heatmap.at(-1)!.date, '2025-03-12');
    heatmap.forEach((day, index) => assert.equal(day.date, addDays('2024-09-16', index)));
    assert.ok(heatmap.every((day) => day.count === 0));
  });

  it('counts attempts per day, leaving out days before the window, the future and reset markers', () => {
    const { heatmap, totals } = stats([
      on('2025-03-10'),
      on('2025-03-10'),
      on('2025-03-12'),
      on('2024-09-16'),
      on('2024-09-15'),
      attempt('2025-03-12T18:00:01Z'),
      on('2025-03-11', { outcome: 'reset' }),
    ]);
    const count = (date: string) => heatmap.find((day) => day.date === date)?.count;
    assert.equal(count('2025-03-10'), 2);
    assert.equal(count('2025-03-11'), 0);
    assert.equal(count('2025-03-12'), 1);
    assert.equal(count('2024-09-16'), 1);
    assert.equal(count('2024-09-15'), undefined);
    assert.equal(totals.attempts, 5, 'the earlier day still counts in the totals; future and reset ones do not');
  });

  it('uses local days for the given time zone offset', () => {
    const late = attempt('2025-03-10T23:30:00Z');
    // UTC+2 (offset -120): 01:30 on the 11th. UTC-5 (offset 300): 18:30 on the 10th.
    const count = (offset: number, date: string) => stats([late], undefined, undefined, offset).heatmap.find((day) => day.date === date)?.count;
    assert.equal(count(-120, '2025-03-11'), 1);
    assert.equal(count(-120, '2025-03-10'), 0);
    assert.equal(count(300, '2025-03-10'), 1);
    // Near midnight "today" itself moves: 2025-03-12T23:30Z is already the 13th in UTC+2.
    const east = computeStats([], [], new Date('2025-03-12T23:30:00Z'), allNew, -120);
    assert.equal(east.today, '2025-03-13');
    assert.equal(east.heatmap.at(-1)!.date, '2025-03-13');
  });

  it('defaults the offset to this machine’s', () => {
    const withDefault = computeStats([attempt(NOW.toISOString())], [], NOW, allNew);
    const explicit = computeStats([attempt(NOW.toISOString())], [], NOW, allNew, NOW.getTimezoneOffset());
    assert.equal(withDefault.today, explicit.today);
    assert.deepEqual(withDefault.heatmap.at(-1), explicit.heatmap.at(-1));
  });
});

describe('stats: streaks', () => {
  it('counts the current streak through today', () => {
    const { streaks } = stats([on('2025-03-10'), on('2025-03-11'), on('2025-03-12'), on('2025-03-12')]);
    assert.deepEqual(streaks, { current: 3, longest: 3, practisedToday: true });
  });

  it('keeps a streak through yesterday alive while today has no attempt yet', () => {
    const { streaks } = stats([on('2025-03-09'), on('2025-03-10'), on('2025-03-11')]);
    assert.deepEqual(streaks, { current: 3, longest: 3, practisedToday: false });
  });

  it('ends the streak after a day without attempts', () => {
    assert.equal(stats([on('2025-03-09'), on('2025-03-10')]).streaks.current, 0);
    assert.equal(stats([on('2025-03-08'), on('2025-03-10'), on('2025-03-12')]).streaks.current, 1);
  });

  it('finds the longest streak anywhere in the history, also before the heatmap window', () => {
    const old = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'].map((date) => on(date));
    const { streaks, totals } = stats([...old, on('2025-03-11'), on('2025-03-12')]);
    assert.deepEqual(streaks, { current: 2, longest: 5, practisedToday: true });
    assert.equal(totals.activeDays, 7);
  });

  it('is zero with no attempts', () => {
    assert.deepEqual(stats([]).streaks, { current: 0, longest: 0, practisedToday: false });
  });
});

describe('stats: mastery by role and topic', () => {
  const questions = [
    question('a', { roles: ['ML Engineer', 'Data Scientist'], topic: 'Statistics' }),
    question('b', { roles: ['ML Engineer'], topic: 'Statistics' }),
    question('c', { roles: ['Data Scientist'], topic: 'A/B testing' }),
    question('d', { roles: ['AI Engineer'], topic: 'RAG quality' }),
  ];
  const statuses: Record<string, ReviewStatus> = { a: 'mastered', b: 'due', c: 'learning' };
  const { masteryByRole, masteryByTopic } = stats([], questions, (id) => statuses[id] ?? 'new');

  it('counts each question once in each of its roles, by status, sorted by name', () => {
    assert.deepEqual(masteryByRole, [
      { name: 'AI Engineer', total: 1, new: 1, learning: 0, due: 0, mastered: 0 },
      { name: 'Data Scientist', total: 2, new: 0, learning: 1, due: 0, mastered: 1 },
      { name: 'ML Engineer', total: 2, new: 0, learning: 0, due: 1, mastered: 1 },
    ]);
  });

  it('counts each question in its topic', () => {
    assert.deepEqual(masteryByTopic, [
      { name: 'A/B testing', total: 1, new: 0, learning: 1, due: 0, mastered: 0 },
      { name: 'RAG quality', total: 1, new: 1, learning: 0, due: 0, mastered: 0 },
      { name: 'Statistics', total: 2, new: 0, learning: 0, due: 1, mastered: 1 },
    ]);
  });
});

describe('stats: score trend per area', () => {
  const questions = [
    question('ml', { topic: 'ML algorithms' }),
    question('dl', { topic: 'Attention mechanisms' }),
    question('sd', { kind: 'system-design', topic: 'System design' }),
    question('talk', { kind: 'behavioral', topic: 'Behavioral (STAR)' }),
  ];
  const trendOf = (attempts: Attempt[], area: string) => stats(attempts, questions).areas.find((trend) => trend.area === area)!;

  it('has every area, each with the last 12 ISO weeks ending with the current one', () => {
    const { areas } = stats([], questions);
    assert.deepEqual(
      areas.map((trend) => trend.area),
      [...AREAS],
    );
    const weeks = areas[0].weeks;
    assert.equal(weeks.length, TREND_WEEKS);
    assert.deepEqual(weeks[0], { week: '2024-W52', start: '2024-12-23', average: null, count: 0 });
    assert.deepEqual(weeks[1], { week: '2025-W01', start: '2024-12-30', average: null, count: 0 });
    assert.deepEqual(weeks.at(-1), { week: '2025-W11', start: '2025-03-10', average: null, count: 0 });
    for (const trend of areas) assert.equal(trend.rolling, null);
  });

  it('averages the scores of each week, Monday to Sunday, per area', () => {
    const attempts = [
      on('2025-03-10', { questionId: 'ml', score: 6 }),
      on('2025-03-12', { questionId: 'ml', score: 9 }),
      on('2025-03-09', { questionId: 'ml', score: 4 }),
      on('2025-03-03', { questionId: 'ml', score: 5 }),
      on('2025-03-10', { questionId: 'dl', score: 10 }),
    ];
    const ml = trendOf(attempts, 'ML fundamentals');
    assert.deepEqual(ml.weeks.at(-1), { week: '2025-W11', start: '2025-03-10', average: 7.5, count: 2 });
    assert.deepEqual(ml.weeks.at(-2), { week: '2025-W10', start: '2025-03-03', average: 4.5, count: 2 }, 'Sunday 9 March belongs to the week before');
    assert.equal(ml.weeks.at(-3)!.average, null);
    assert.equal(trendOf(attempts, 'Deep learning').weeks.at(-1)!.average, 10);
    assert.equal(trendOf(attempts, 'System design').rolling, null);
  });

  it('leaves out unscored attempts, questions no longer loaded, and weeks before the window', () => {
    const attempts = [
      on('2025-03-10', { questionId: 'sd' }),
      on('2025-03-10', { questionId: 'gone', score: 1 }),
      on('2024-12-22', { questionId: 'sd', score: 2 }),
      on('2024-12-23', { questionId: 'sd', score: 8 }),
    ];
    const design = trendOf(attempts, 'System design');
    assert.equal(design.weeks[0].average, 8, 'Monday 23 December opens the window');
    assert.equal(
      design.weeks.reduce((sum, week) => sum + week.count, 0),
      1,
    );
    assert.deepEqual(design.rolling, { average: 5, count: 2, band: 'needs work' }, 'the rolling average reaches back before the window');
  });

  it('gives the latest 7-attempt rolling average and its band', () => {
    const scores = [0, 0, 9, 9, 9, 8, 8, 8, 8];
    const attempts = scores.map((score, index) => attempt(`2025-03-0${index + 1}T09:00:00Z`, { questionId: 'talk', score }));
    const talk = trendOf(attempts, 'Communication and leadership');
    assert.equal(ROLLING_ATTEMPTS, 7);
    // The two zeros are older than the latest seven: (9 * 3 + 8 * 4) / 7 = 8.43.
    assert.deepEqual(talk.rolling, { average: 8.4, count: 7, band: 'good' });
    const fewer = trendOf(attempts.slice(-2), 'Communication and leadership');
    assert.deepEqual(fewer.rolling, { average: 8, count: 2, band: 'good' });
    const developing = trendOf(
      [on('2025-03-11', { questionId: 'talk', score: 6 }), on('2025-03-12', { questionId: 'talk', score: 7 })],
      'Communication and leadership',
    );
    assert.deepEqual(developing.rolling, { average: 6.5, count: 2, band: 'developing' });
    const excellent = trendOf([on('2025-03-12', { questionId: 'talk', score: 9 })], 'Communication and leadership');
    assert.equal(excellent.rolling?.band, 'excellent');
  });

  it('orders attempts by time, not by their place in the log', () => {
    const newest = attempt('2025-03-12T09:00:00Z', { questionId: 'ml', score: 10 });
    const older = Array.from({ length: 7 }, (_, index) => attempt(`2025-03-0${index + 1}T09:00:00Z`, { questionId: 'ml', score: 3 }));
    assert.deepEqual(trendOf([newest, ...older], 'ML fundamentals').rolling, { average: 4, count: 7, band: 'needs work' });
  });
});

describe('stats: time, exercises and totals', () => {
  it('sums time used and allotted, with the ratio and the overtime count, leaving out exercise runs', () => {
    const { time } = stats([
      on('2025-03-10', { durationMs: 300_000, allottedMs: 600_000 }),
      on('2025-03-10', { durationMs: 900_000, allottedMs: 600_000, kind: 'pitch' }),
      on('2025-03-11', { durationMs: 600_000, allottedMs: 600_000 }),
      on('2025-03-11', { durationMs: 50_000 }),
      on('2025-03-12', { kind: 'exercise', durationMs: 9_000_000, allottedMs: 600_000, outcome: 'passed' }),
    ]);
    assert.deepEqual(time, { usedMs: 1_800_000, allottedMs: 1_800_000, ratio: 1, attempts: 3, overtime: 1 });
  });

  it('has no ratio when nothing was timed', () => {
    assert.deepEqual(stats([on('2025-03-10')]).time, { usedMs: 0, allottedMs: 0, ratio: null, attempts: 0, overtime: 0 });
    assert.equal(stats([on('2025-03-10', { durationMs: 100, allottedMs: 300 })]).time.ratio, 0.33);
  });

  it('counts distinct exercises passed and tried against the exercises in the bank', () => {
    const questions = [
      question('lru', { kind: 'coding', exercise: 'lru' }),
      question('trie', { kind: 'coding', exercise: 'trie' }),
      question('heap', { kind: 'coding', exercise: 'heap' }),
      question('explain-lru', { kind: 'coding', exercise: 'lru' }),
    ];
    const run = (questionId: string, outcome: 'passed' | 'failed') => on('2025-03-11', { kind: 'exercise', questionId, outcome });
    const { exercises } = stats(
      [
        run('lru', 'failed'),
        run('lru', 'passed'),
        run('lru', 'passed'),
        run('trie', 'failed'),
        run('removed', 'passed'),
        on('2025-03-11', { questionId: 'heap' }),
      ],
      questions,
    );
    assert.deepEqual({ ...exercises, lastRuns: exercises.lastRuns.map((run) => run.id) }, { passed: 1, attempted: 2, total: 3, lastRuns: ['trie', 'lru'] });
  });

  it("lists each exercise's last run, latest first, with its per-case counts when the run's report gave them", () => {
    const questions = [
      question('lru', { title: 'LRU cache', kind: 'coding', exercise: 'lru' }),
      question('trie', { title: 'Trie', kind: 'coding', exercise: 'trie' }),
    ];
    const run = (date: string, questionId: string, outcome: 'passed' | 'failed', fields: Partial<Attempt> = {}) =>
      on(date, { kind: 'exercise', questionId, outcome, ...fields });
    const { exercises } = stats(
      [
        run('2025-03-09', 'trie', 'failed', { language: 'python', casesPassed: 1, casesTotal: 4 }),
        run('2025-03-10', 'lru', 'failed', { language: 'typescript', casesPassed: 5, casesTotal: 7 }),
        run('2025-03-11', 'trie', 'failed', { language: 'python' }),
        on('2025-03-12', { questionId: 'lru', score: 8 }),
      ],
      questions,
    );
    assert.deepEqual(exercises.lastRuns, [
      // Read from the exit code alone: no counts, only the outcome (never the earlier run's counts).
      { id: 'trie', title: 'Trie', date: '2025-03-11', passed: false, language: 'python' },
      { id: 'lru', title: 'LRU cache', date: '2025-03-10', passed: false, language: 'typescript', casesPassed: 5, casesTotal: 7 },
    ]);
    assert.equal(isDashboardData({ ...stats([], questions), exercises }), true);
    const many = Array.from({ length: 14 }, (_, at) => question(`ex${at}`, { kind: 'coding', exercise: `ex${at}` }));
    const runs = many.map((item, at) => run(`2025-03-${String(at + 1).padStart(2, '0')}`, item.id, 'passed'));
    assert.deepEqual(
      stats(runs, many).exercises.lastRuns.map((row) => row.id),
      ['ex11', 'ex10', 'ex9', 'ex8', 'ex7', 'ex6', 'ex5', 'ex4', 'ex3', 'ex2'],
    );
  });

  it('counts attempts and distinct questions practised', () => {
    const { totals } = stats([on('2025-03-10', { questionId: 'a' }), on('2025-03-11', { questionId: 'a' }), on('2025-03-11', { questionId: 'b' })]);
    assert.deepEqual(totals, { attempts: 3, questionsPractised: 2, activeDays: 2 });
  });

  it('produces plain JSON', () => {
    const data = stats([on('2025-03-10', { score: 7, allottedMs: 1000 })]);
    assert.deepEqual(JSON.parse(JSON.stringify(data)), data);
  });

  it('reads dates strictly', () => {
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.throws(() => dayNumber('2025-02-30'), RangeError);
    assert.throws(() => dayNumber('2025-3-1'), RangeError);
  });
});

describe('stats: what the dashboard webview receives', () => {
  const questions = [question('q', { roles: ['ML Engineer', 'AI Engineer'] }), question('lru', { kind: 'coding', exercise: 'lru' })];
  const data = stats(
    [on('2025-03-10', { score: 7, allottedMs: 1000 }), on('2025-03-11', { kind: 'exercise', questionId: 'lru', outcome: 'passed' })],
    questions,
  );

  it('passes the message guards, empty or not', () => {
    assert.equal(isDashboardData(data), true);
    assert.equal(isDashboardData(stats([], [])), true);
    assert.equal(isToDashboard({ type: 'data', data, interview: null }), true);
    assert.equal(isToDashboard({ type: 'data', data }), false, 'no plan is said, as null');
  });

  it('rejects data the webview could not draw safely', () => {
    assert.equal(isDashboardData({ ...data, heatmap: [{ date: '<img>', count: 1 }] }), false);
    assert.equal(isDashboardData({ ...data, totals: { ...data.totals, attempts: -1 } }), false);
    assert.equal(isDashboardData({ ...data, masteryByTopic: [{ name: 'x', total: 1, new: 1, learning: 0, due: 0 }] }), false);
    assert.equal(isDashboardData({ ...data, areas: [{ ...data.areas[0], area: 'Cooking' }] }), false);
    assert.equal(isDashboardData({ ...data, time: { ...data.time, ratio: Infinity } }), false);
    const lastRun = data.exercises.lastRuns[0];
    assert.equal(isDashboardData({ ...data, exercises: { ...data.exercises, lastRuns: [{ ...lastRun, casesPassed: 8, casesTotal: 7 }] } }), false);
    assert.equal(isDashboardData({ ...data, exercises: { ...data.exercises, lastRuns: [{ ...lastRun, casesPassed: 3 }] } }), false);
    assert.equal(isDashboardData({ ...data, exercises: { ...data.exercises, lastRuns: [{ ...lastRun, date: '<b>' }] } }), false);
    assert.equal(isDashboardData({ ...data, exercises: { ...data.exercises, lastRuns: undefined } }), false);
    assert.equal(isToDashboard({ type: 'data' }), false);
  });

  it('accepts only the five webview messages, exactly shaped', () => {
    assert.equal(isFromDashboard({ type: 'ready' }), true);
    assert.equal(isFromDashboard({ type: 'drillWeakest' }), true);
    assert.equal(isFromDashboard({ type: 'planInterview' }), true);
    assert.equal(isFromDashboard({ type: 'drillWeakest', ids: ['a'] }), false, 'the webview does not name the questions');
    assert.equal(isFromDashboard({ type: 'rendered', attempts: 3 }), true);
    assert.equal(isFromDashboard({ type: 'drillTopic', topic: 'Statistics' }), true);
    for (const bad of [
      null,
      'ready',
      [],
      { type: 'ready', extra: 1 },
      { type: 'rendered', attempts: 1.5 },
      { type: 'rendered' },
      { type: 'drillTopic', topic: '' },
      { type: 'drillTopic', topic: 'x'.repeat(501) },
      { type: 'drillTopic', topic: 7 },
      { type: 'openFile', path: '/etc/passwd' },
    ]) {
      assert.equal(isFromDashboard(bad), false, JSON.stringify(bad));
    }
  });
});
