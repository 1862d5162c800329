import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuestionDetail } from '../../src/bank/detail';
import type { Question } from '../../src/bank/model';
import type { InterviewRecord } from '../../src/interviewer/interview';
import { questionAttempt } from '../../src/drill/answerRecorder';
import { createCountdown, start } from '../../src/drill/countdown';
import type { QuestionShown } from '../../src/drill/panelState';
import { breakMessage, questionMessages, questionView, sessionView, timerMessage } from '../../src/drill/panelViews';
import { RenderTiming } from '../../src/drill/renderTiming';
import { createSession, recordResult, skip } from '../../src/drill/session';
import { EMPTY_WORK } from '../../src/drill/workStore';

const q = (id: string, kind: Question['kind'] = 'concept'): Question => ({
  id,
  title: id,
  roles: ['AI Engineer'],
  topic: 't',
  kind,
  difficulty: 'easy',
  time: 60,
  tags: [],
  evaluation: [],
  file: `/b/${id}.md`,
  bank: '/b',
});
const detail: QuestionDetail = { prompt: 'Why *this*?', hints: ['first', 'second'], answer: 'Because.', evaluation: ['a `point`'], followUps: [] };

describe('drill panel views', () => {
  it('sends the question whole: view, the hints and answer revealed, then the timer as of now', () => {
    const countdown = start(createCountdown(60_000), 0);
    const shown: QuestionShown = {
      kind: 'question',
      question: q('a'),
      detail,
      countdown,
      hintsUsed: 1,
      answerShown: true,
      view: questionView(q('a'), detail, { ...EMPTY_WORK, draft: 'mine' }),
    };
    const messages = questionMessages(shown, undefined, 15_000);
    assert.deepEqual(
      messages.map((message) => message.type),
      ['question', 'hint', 'answer', 'timer'],
    );
    assert.equal(shown.view.draft, 'mine');
    assert.match(shown.view.promptHtml, /<em>this<\/em>/);
    assert.equal(shown.view.star, false);
    assert.deepEqual(messages[3], timerMessage(countdown, 15_000));
    assert.deepEqual(timerMessage(countdown, 15_000), { type: 'timer', timer: { durationMs: 60_000, remainingMs: 45_000, running: true } });
    assert.equal(questionView(q('b', 'behavioral'), detail, EMPTY_WORK).star, true);
  });
  it('draws a break and a drill as time left now', () => {
    assert.deepEqual(breakMessage({ kind: 'break', title: 'Break', endsAt: 10_000, upNext: 'Next', under: undefined }, 4_000), {
      type: 'break',
      title: 'Break',
      remainingMs: 6_000,
      upNext: 'Next',
    });
    let session = createSession('s', 'Drill', ['a', 'b', 'c'], 300_000, 0);
    session = skip(recordResult(session, { questionId: 'a', score: 5, durationMs: 1, allottedMs: 60_000 }), 1, 60_000);
    assert.deepEqual(sessionView(session, 100_000), { title: 'Drill', position: 3, total: 3, answered: 1, remainingMs: 200_000 });
  });
  it('records a graded answer with what was written and what the interviewer suggested', () => {
    const base = { id: 'x', question: q('a'), now: Date.UTC(2026, 0, 2), usedMs: 30_000, score: 7, grade: 'good' as const, hintsUsed: 1 };
    assert.deepEqual(questionAttempt({ ...base, draft: '  ' }), {
      id: 'x',
      kind: 'question',
      questionId: 'a',
      at: '2026-01-02T00:00:00.000Z',
      durationMs: 30_000,
      allottedMs: 60_000,
      score: 7,
      grade: 'good',
      hintsUsed: 1,
      outcome: 'completed',
    });
    const interview: InterviewRecord = {
      model: 'M',
      gradedAt: '',
      grading: { score: 6, points: [], band: 'good', followUp: '' },
      turns: [{ from: 'question', question: 'And?', answer: 'So.' }],
    };
    const attempt = questionAttempt({ ...base, question: q('p', 'pitch'), draft: 'text', sessionId: 's', interview });
    assert.equal(attempt.kind, 'pitch');
    assert.equal(attempt.draft, 'text');
    assert.equal(attempt.sessionId, 's');
    assert.equal(attempt.suggestedScore, 6);
    assert.equal(attempt.suggestedBy, 'M');
    assert.match(attempt.interview ?? '', /Follow-up 1 \(the question's\): And\?\nAnswer: So\./);
  });
  it('times a question from the command, and from the webview only when this open created it', () => {
    const timing = new RenderTiming();
    timing.opened(1_000);
    timing.ready(1_300);
    assert.deepEqual(timing.rendered('a', 1_500), { questionId: 'a', renderMs: 500, webviewMs: 300 });
    timing.opened(2_000);
    assert.deepEqual(timing.rendered('b', 2_100), { questionId: 'b', renderMs: 100, webviewMs: undefined });
  });
});
