import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Question } from '../../src/bank/model';
import { isFromWebview } from '../../src/drill/messages';
import { renderMarkdown } from '../../src/drill/render';
import { chooseQuestions, createSession, currentId, end, goTo, isFinished, recordResult, skip, summarize } from '../../src/drill/session';
import { WorkStore } from '../../src/drill/workStore';

const q = (id: string): Question => ({
  id,
  title: id,
  roles: ['AI Engineer'],
  topic: 't',
  kind: 'concept',
  difficulty: 'easy',
  time: 60,
  tags: [],
  evaluation: [],
  file: `/b/${id}.md`,
  bank: '/b',
});

describe('drill sessions', () => {
  it('steps through questions, brings skipped ones back, and ends with a summary', () => {
    let session = createSession('s1', 'Drill', ['a', 'b', 'c'], 600_000, 1_000);
    assert.equal(currentId(session), 'a');
    session = skip(session, 5_000, 60_000);
    assert.equal(currentId(session), 'b');
    session = recordResult(session, { questionId: 'b', score: 8, grade: 'good', durationMs: 50_000, allottedMs: 60_000 });
    assert.equal(currentId(session), 'c');
    session = recordResult(session, { questionId: 'c', score: 6, grade: 'hard', durationMs: 70_000, allottedMs: 60_000 });
    assert.equal(currentId(session), 'a', 'the skipped question comes back');
    assert.equal(isFinished(session), false);
    session = recordResult(session, { questionId: 'a', score: 10, grade: 'easy', durationMs: 20_000, allottedMs: 60_000 });
    assert.equal(isFinished(session), true);
    assert.deepEqual(summarize(session, 301_000), {
      total: 3,
      answered: 3,
      skipped: 0,
      averageScore: 8,
      timeUsedMs: 300_000,
      allottedMs: 600_000,
      overBudget: false,
    });
  });
  it('ends early, counting what was left as skipped, and notes an overrun', () => {
    let session = createSession('s2', 'Drill', ['a', 'b'], 60_000, 0);
    session = recordResult(session, { questionId: 'a', score: 4, grade: 'again', durationMs: 90_000, allottedMs: 60_000 });
    session = end(session, 90_000);
    assert.equal(isFinished(session), true);
    const summary = summarize(session, 120_000);
    assert.deepEqual([summary.answered, summary.skipped, summary.overBudget, summary.timeUsedMs], [1, 1, true, 90_000]);
  });
  it('moves with previous and next within bounds', () => {
    const session = createSession('s3', 'Drill', ['a', 'b'], 60_000, 0);
    assert.equal(currentId(goTo(session, 1)), 'b');
    assert.equal(goTo(session, 5), session);
    assert.throws(() => createSession('s4', 'Empty', [], 1, 0));
  });
  it('chooses due questions first, then new ones', () => {
    const statuses: Record<string, 'due' | 'new' | 'mastered' | 'learning'> = { a: 'mastered', b: 'due', c: 'new', d: 'learning' };
    const chosen = chooseQuestions(
      ['a', 'b', 'c', 'd'].map(q),
      2,
      (question) => statuses[question.id],
      () => 0.5,
    );
    assert.deepEqual(
      chosen.map((question) => question.id),
      ['b', 'c'],
    );
  });
});

describe('work store', () => {
  it('saves drafts, STAR fields and notes atomically and merges updates', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'interview-prep-work-'));
    const store = new WorkStore(dir);
    assert.deepEqual(await store.get('q-one'), { draft: '', notes: '', updatedAt: '' });
    await Promise.all([
      store.update('q-one', { draft: 'first' }),
      store.update('q-one', { notes: 'remember CAP' }),
      store.update('q-one', { draft: 'second' }),
    ]);
    const work = await store.get('q-one');
    assert.equal(work.draft, 'second');
    assert.equal(work.notes, 'remember CAP');
    await store.update('q-one', { star: { situation: 's', task: 't', action: 'a', result: 'r' } });
    assert.equal((await store.get('q-one')).star?.action, 'a');
    assert.deepEqual(readdirSync(dir), ['q-one.json'], 'no temporary files are left behind');
  });
  it('reads a damaged file as empty work instead of failing, and refuses path-like ids', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'interview-prep-work-'));
    writeFileSync(path.join(dir, 'q-two.json'), '{"draft": "half');
    assert.equal((await new WorkStore(dir).get('q-two')).draft, '');
    await assert.rejects(new WorkStore(dir).update('../escape', { draft: 'x' }));
  });
  it('keeps the conversation with the interviewer beside the draft, and drops a damaged one alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'interview-prep-work-'));
    const store = new WorkStore(dir);
    const grading = { points: [{ point: 1, verdict: 'covered' as const, reason: 'Says it.', quote: 'it' }], score: 7, band: 'good' as const, followUp: 'Why?' };
    const interview = {
      model: 'Scripted Model (scripted/scripted-1)',
      grading,
      gradedAt: '2026-12-02T10:00:00.000Z',
      turns: [],
      pending: { question: 'Why?', from: 'interviewer' as const, answer: 'half' },
    };
    await store.update('q-three', { draft: 'it', interview });
    assert.deepEqual((await new WorkStore(dir).get('q-three')).interview, interview);
    await store.update('q-three', { interview: { ...interview, grading: { ...grading, score: 70 } } });
    const damaged = await new WorkStore(dir).get('q-three');
    assert.equal(damaged.interview, undefined);
    assert.equal(damaged.draft, 'it');
    await store.update('q-three', { interview, draft: '' });
    await store.update('q-three', { interview: undefined });
    assert.equal((await store.get('q-three')).interview, undefined, 'cleared with the draft after an attempt');
  });
});

describe('drill messages and rendering', () => {
  it('accepts drafts, notes, grades and session actions, and rejects malformed ones', () => {
    for (const message of [
      { type: 'draft', draft: 'x' },
      { type: 'draft', draft: '', star: { situation: '', task: '', action: '', result: '' } },
      { type: 'notes', notes: 'n' },
      { type: 'grade', score: 7, grade: 'good', checked: [0, 2] },
      { type: 'session', action: 'skip' },
    ])
      assert.ok(isFromWebview(message), JSON.stringify(message));
    for (const message of [
      { type: 'draft' },
      { type: 'draft', draft: 1 },
      { type: 'draft', draft: '', star: { situation: 1 } },
      { type: 'grade', score: 11, grade: 'good', checked: [] },
      { type: 'grade', score: 5, grade: 'perfect', checked: [] },
      { type: 'session', action: 'explode' },
      { type: 'notes', notes: 'x'.repeat(300_000) },
    ])
      assert.equal(isFromWebview(message), false, JSON.stringify(message).slice(0, 80));
  });
  it('renders math as MathML and highlights code', () => {
    const html = renderMarkdown('Loss $\\frac{1}{n}\\sum_i x_i$ and\n\n```python\ndef f():\n    return 1\n```\n\nCosts \\$5.');
    assert.match(html, /<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML">/);
    assert.match(html, /<mfrac>/);
    assert.match(html, /<span class="hljs-keyword">def<\/span>/);
    assert.match(html, /Costs \$5\./);
    assert.doesNotMatch(html, /style=/);
  });
});

describe('mock interview runs', () => {
  it('plans sections from the mock format without repeating a question, then walks through them', async () => {
    const { planMock, nextStep, currentStep } = await import('../../src/drill/mockRun');
    const questions = ['a', 'b', 'c', 'd'].map((id, index) => ({ ...q(id), kind: index < 2 ? ('quiz' as const) : ('coding' as const) }));
    const mock = {
      id: 'tiny',
      title: 'Tiny',
      sections: [
        { title: 'Quiz round', minutes: 10, blocks: [{ title: 'Quiz', minutes: 10, count: 3, filter: { kinds: ['quiz'] } }] },
        { title: 'Break', minutes: 5, break: true, blocks: [] },
        {
          title: 'Coding',
          minutes: 20,
          blocks: [
            { title: 'One', minutes: 10, count: 1, filter: { kinds: ['coding'] } },
            { title: 'Two', minutes: 10, count: 1, filter: { kinds: ['coding'] } },
          ],
        },
      ],
    };
    const run = planMock(
      mock,
      questions,
      () => 'new',
      1_000,
      () => 0.5,
    );
    assert.deepEqual(
      run.steps.map((step) => [step.title, step.break, step.questionIds.length]),
      [
        ['Quiz round', false, 2],
        ['Break', true, 0],
        ['Coding', false, 2],
      ],
    );
    assert.equal(new Set(run.steps.flatMap((step) => step.questionIds)).size, 4);
    assert.equal(run.stepEndsAt, 1_000 + 10 * 60_000);
    const second = nextStep(run, 5_000)!;
    assert.equal(currentStep(second)?.title, 'Break');
    assert.equal(second.stepEndsAt, 5_000 + 5 * 60_000);
    assert.equal(nextStep(nextStep(second, 6_000)!, 7_000), undefined);
    assert.throws(() => planMock(mock, [], () => 'new', 0), /no questions/);
  });
});
