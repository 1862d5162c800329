import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuestionDetail } from '../../src/bank/detail';
import type { Question } from '../../src/bank/model';
import { createCountdown, start, type Countdown } from '../../src/drill/countdown';
import { PanelStateMachine, type QuestionShown } from '../../src/drill/panelState';
import { questionView } from '../../src/drill/panelViews';
import { resumeOrStart, SavedDrillStore, type SavedDrill } from '../../src/drill/savedDrill';
import { createSession, type DrillSession } from '../../src/drill/session';
import { EMPTY_WORK } from '../../src/drill/workStore';

const q = (id: string, time = 60): Question => ({
  id,
  title: id,
  roles: ['AI Engineer'],
  topic: 't',
  kind: 'concept',
  difficulty: 'easy',
  time,
  tags: [],
  evaluation: [],
  file: `/b/${id}.md`,
  bank: '/b',
});
const detail: QuestionDetail = { prompt: 'Why?', hints: ['first', 'second'], answer: 'Because.', evaluation: ['a point'], followUps: [] };

function memory(): { store: SavedDrillStore; values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  const store = new SavedDrillStore({
    get: <T>(key: string) => values.get(key) as T | undefined,
    update: (key: string, value: unknown) => {
      values.set(key, value);
      return Promise.resolve();
    },
  });
  return { store, values };
}

// Read through functions: an assertion narrows a getter's value for the lines after it.
const kindOf = (machine: PanelStateMachine): string => machine.current.kind;
const shownId = (machine: PanelStateMachine): string | undefined => machine.shown?.question.id;

function shownOf(question: Question, countdown: Countdown): QuestionShown {
  return { kind: 'question', question, detail, countdown, hintsUsed: 0, answerShown: false, view: questionView(question, detail, EMPTY_WORK) };
}

describe('drill panel state', () => {
  it('starts empty, shows a question, and empties when closed', () => {
    const { store } = memory();
    const machine = new PanelStateMachine(store, () => undefined);
    assert.equal(kindOf(machine), 'empty');
    assert.equal(machine.shown, undefined);
    machine.showQuestion(shownOf(q('a'), createCountdown(60_000)));
    assert.equal(kindOf(machine), 'question');
    assert.equal(shownId(machine), 'a');
    machine.close();
    assert.equal(kindOf(machine), 'empty');
  });

  it('keeps the question under a break and returns to it, or to empty when there was none', () => {
    const machine = new PanelStateMachine(memory().store, () => undefined);
    machine.enterBreak('Break', 5_000, 'Next: design');
    assert.equal(kindOf(machine), 'break');
    machine.leaveBreak();
    assert.equal(kindOf(machine), 'empty');
    machine.showQuestion(shownOf(q('a'), createCountdown(60_000)));
    const shown = machine.enterBreak('Break', 5_000, 'Next: design');
    assert.equal(shown.under?.question.id, 'a');
    assert.equal(shownId(machine), 'a', 'the question under the break is still the one shown');
    machine.revealAnswer();
    assert.equal(machine.shown?.answerShown, true, 'changes reach the question under the break');
    machine.leaveBreak();
    assert.equal(kindOf(machine), 'question');
    machine.leaveBreak();
    assert.equal(kindOf(machine), 'question', 'leaving a break that is not there changes nothing');
  });

  it('runs the countdown, reveals hints only in order, and keeps both for a reload with the drill', () => {
    const { store } = memory();
    const session: DrillSession = createSession('s', 'Drill', ['a'], 60_000, 0);
    const machine = new PanelStateMachine(store, () => session);
    assert.equal(machine.timer('start', 0), undefined, 'no question, no timer');
    machine.showQuestion(shownOf(q('a'), createCountdown(60_000)));
    assert.equal(machine.timer('start', 1_000)?.endsAt, 61_000);
    assert.equal(machine.usedMs(11_000), 10_000);
    assert.equal(machine.timer('pause', 21_000)?.remainingMs, 40_000);
    assert.equal(machine.revealHint(1), undefined, 'the second hint waits for the first');
    assert.equal(machine.revealHint(0), 'first');
    assert.equal(machine.revealHint(1), 'second');
    assert.equal(machine.revealHint(2), undefined, 'there is no third');
    assert.deepEqual(store.get(), { questionId: 'a', countdown: { durationMs: 60_000, remainingMs: 40_000 }, hintsUsed: 2, session });
    assert.deepEqual(machine.timer('reset', 30_000), createCountdown(60_000));
    assert.equal(machine.usedMs(30_000), 0);
  });

  it('rebuilds the view only for the question it was built for', () => {
    const machine = new PanelStateMachine(memory().store, () => undefined);
    machine.showQuestion(shownOf(q('a'), createCountdown(60_000)));
    const view = { ...questionView(q('a'), detail, EMPTY_WORK), draft: 'written since' };
    machine.refreshView('b', view);
    assert.equal(machine.shown?.view.draft, '');
    machine.refreshView('a', view);
    assert.equal(machine.shown?.view.draft, 'written since');
  });

  it('prepares a question with its saved countdown when it is a reload or the countdown was touched', () => {
    const { store } = memory();
    const machine = new PanelStateMachine(store, () => undefined);
    const first = machine.prepare(q('a'), true, 1_000);
    assert.deepEqual(first, { countdown: start(createCountdown(60_000), 1_000), hintsUsed: 0 });
    assert.equal(store.get()?.questionId, 'a', 'kept for a reload at once');
    assert.deepEqual(machine.prepare(q('a'), false, 5_000).countdown, first.countdown, 'a reload resumes the running countdown');
  });
});

describe('saved drill', () => {
  const paused = (remainingMs: number): Countdown => ({ durationMs: 60_000, remainingMs });
  const saved = (countdown: Countdown, questionId = 'a'): SavedDrill => ({ questionId, countdown, hintsUsed: 1 });

  it('resumes its own countdown on a reload, even an untouched one', () => {
    assert.deepEqual(resumeOrStart(saved(paused(60_000)), q('a'), false, 0), { countdown: paused(60_000), hintsUsed: 1 });
  });
  it('resumes a touched countdown when the question is opened afresh, and starts an untouched one anew', () => {
    assert.deepEqual(resumeOrStart(saved(paused(30_000)), q('a'), true, 0), { countdown: paused(30_000), hintsUsed: 1 });
    const running = start(createCountdown(60_000), 500);
    assert.deepEqual(resumeOrStart(saved(running), q('a'), true, 9_000), { countdown: running, hintsUsed: 1 });
    assert.deepEqual(resumeOrStart(saved(paused(60_000)), q('a'), true, 2_000), { countdown: start(createCountdown(60_000), 2_000), hintsUsed: 0 });
  });
  it('starts anew for another question, another allotted time, or a damaged countdown', () => {
    const fresh = { countdown: start(createCountdown(60_000), 7), hintsUsed: 0 };
    assert.deepEqual(resumeOrStart(saved(paused(30_000), 'b'), q('a'), false, 7), fresh);
    assert.deepEqual(resumeOrStart(saved(paused(30_000)), q('a', 120), false, 7), { countdown: start(createCountdown(120_000), 7), hintsUsed: 0 });
    assert.deepEqual(resumeOrStart(saved({ durationMs: 60_000, remainingMs: Number.NaN }), q('a'), false, 7), fresh);
    assert.deepEqual(resumeOrStart(undefined, q('a'), false, 7), fresh);
  });
});
