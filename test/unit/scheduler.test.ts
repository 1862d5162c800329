import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { State } from 'ts-fsrs';
import type { Attempt, RecallGrade } from '../../src/progress/model';
import { gradeForExercise } from '../../src/progress/exerciseGrade';
import { buildCards, dueQuestionIds, gradeOf, MASTERED_STABILITY_DAYS, statusOf } from '../../src/progress/scheduler';

const START = new Date('2025-01-01T10:00:00.000Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let counter = 0;
function review(questionId: string, at: Date, grade: RecallGrade): Attempt {
  return { id: `r-${++counter}`, kind: 'question', questionId, at: at.toISOString(), durationMs: 60_000, grade };
}
const after = (date: Date, ms: number) => new Date(date.getTime() + ms);

describe('scheduler: review status', () => {
  it('calls a question with no graded attempts new', () => {
    assert.equal(statusOf(undefined, START), 'new');
    const ungraded: Attempt = { id: 'u', kind: 'question', questionId: 'q', at: START.toISOString(), durationMs: 1 };
    const cards = buildCards([ungraded], after(START, DAY));
    assert.equal(cards.size, 0);
    assert.equal(statusOf(cards.get('q'), after(START, DAY)), 'new');
  });

  it('a good review makes the card no longer new, due in the future, and due once that time passes', () => {
    const card = buildCards([review('q', START, 'good')], START).get('q');
    assert.ok(card);
    assert.notEqual(card.state, State.New);
    assert.ok(card.due.getTime() > START.getTime());
    assert.equal(statusOf(card, START), 'learning');
    assert.equal(statusOf(card, card.due), 'due');
    assert.equal(statusOf(card, after(card.due, DAY)), 'due');
  });

  it('again keeps the card learning', () => {
    const card = buildCards([review('q', START, 'again')], START).get('q');
    assert.ok(card);
    assert.equal(card.state, State.Learning);
    assert.equal(statusOf(card, START), 'learning');

    const lapsed = buildCards(
      [review('q', START, 'good'), review('q', after(START, DAY), 'good'), review('q', after(START, 5 * DAY), 'again')],
      after(START, 5 * DAY),
    ).get('q');
    assert.equal(lapsed?.state, State.Relearning);
    assert.equal(statusOf(lapsed, after(START, 5 * DAY)), 'learning');
  });

  it('calls a card mastered once good reviews on time raise its stability to three weeks', () => {
    const history: Attempt[] = [];
    let now = START;
    let card = undefined;
    for (let i = 0; i < 10 && statusOf(card, now) !== 'mastered'; i++) {
      history.push(review('q', now, 'good'));
      card = buildCards(history, now).get('q');
      assert.ok(card);
      if (statusOf(card, now) !== 'mastered') now = card.due;
    }
    assert.ok(card);
    assert.equal(statusOf(card, now), 'mastered');
    assert.equal(card.state, State.Review);
    assert.ok(card.stability >= MASTERED_STABILITY_DAYS);
    assert.equal(statusOf(card, card.due), 'due', 'a mastered card still comes due');
  });

  it('replays attempts in time order whatever the input order, and ignores those after now', () => {
    const history = [review('q', START, 'good'), review('q', after(START, DAY), 'easy'), review('q', after(START, 3 * DAY), 'hard')];
    const inOrder = buildCards(history, after(START, 3 * DAY)).get('q');
    assert.deepEqual(buildCards([...history].reverse(), after(START, 3 * DAY)).get('q'), inOrder);
    assert.deepEqual(buildCards(history, after(START, 2 * DAY)).get('q'), buildCards(history.slice(0, 2), after(START, 2 * DAY)).get('q'));
  });

  it('lists due questions, most overdue first', () => {
    const cards = buildCards(
      [review('late', START, 'good'), review('later', after(START, MINUTE), 'good'), review('fresh', after(START, DAY), 'easy')],
      after(START, DAY),
    );
    assert.deepEqual(dueQuestionIds(cards, after(START, DAY)), ['late', 'later']);
    assert.deepEqual(dueQuestionIds(cards, START), []);
  });
});

describe('scheduler: grading exercise runs', () => {
  it('maps outcome and time to green to a grade', () => {
    assert.equal(gradeForExercise('failed', 1000, 10_000), 'again');
    assert.equal(gradeForExercise('passed', 5000, 10_000), 'easy');
    assert.equal(gradeForExercise('passed', 5001, 10_000), 'good');
    assert.equal(gradeForExercise('passed', 10_000, 10_000), 'good');
    assert.equal(gradeForExercise('passed', 10_001, 10_000), 'hard');
    assert.equal(gradeForExercise('passed', undefined, 10_000), 'good');
    assert.equal(gradeForExercise('passed', 5000, undefined), 'good');
  });

  it('grades an exercise attempt from its outcome when it has no grade of its own', () => {
    const run: Attempt = {
      id: 'e',
      kind: 'exercise',
      questionId: 'q',
      at: START.toISOString(),
      durationMs: 900_000,
      allottedMs: 600_000,
      outcome: 'passed',
      timeToGreenMs: 200_000,
    };
    assert.equal(gradeOf(run), 'easy');
    assert.equal(gradeOf({ ...run, timeToGreenMs: undefined }), 'hard', 'falls back to the duration');
    assert.equal(gradeOf({ ...run, grade: 'again' }), 'again');
    assert.equal(gradeOf({ ...run, outcome: 'skipped' }), undefined);
    assert.equal(statusOf(buildCards([run], START).get('q'), START), 'learning');
  });
});

describe('progress reset', () => {
  it('a reset event starts a question over as new, keeping the history before it', async () => {
    const base = { kind: 'question' as const, questionId: 'q', durationMs: 1000 };
    const attempts = [
      { ...base, id: 'a1', at: '2026-01-01T10:00:00.000Z', grade: 'good' as const },
      { ...base, id: 'a2', at: '2026-01-02T10:00:00.000Z', outcome: 'reset' as const },
    ];
    const now = new Date('2026-01-03T00:00:00.000Z');
    assert.equal(statusOf(buildCards(attempts.slice(0, 1), now).get('q'), now) === 'new', false);
    assert.equal(statusOf(buildCards(attempts, now).get('q'), now), 'new');
    const again = [...attempts, { ...base, id: 'a3', at: '2026-01-02T12:00:00.000Z', grade: 'good' as const }];
    assert.notEqual(statusOf(buildCards(again, now).get('q'), now), 'new');
  });
});
