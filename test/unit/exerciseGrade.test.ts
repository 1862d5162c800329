import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainExerciseGrade, exerciseRunGrade, gradeForExercise, isTryWhileSolving } from '../../src/progress/exerciseGrade';
import type { Attempt } from '../../src/progress/model';
import { buildCards, gradeOf, statusOf } from '../../src/progress/scheduler';

const TEN_MIN = 600_000;
const run = (fields: Partial<Attempt>): Attempt => ({
  id: 'e1',
  kind: 'exercise',
  questionId: 'x',
  at: '2026-12-01T10:00:00.000Z',
  durationMs: 200_000,
  allottedMs: TEN_MIN,
  outcome: 'passed',
  timeToGreenMs: 200_000,
  ...fields,
});

describe('exercise grade rule: hints', () => {
  it('each hint lowers a pass one step, never below hard', () => {
    assert.equal(gradeForExercise('passed', 200_000, TEN_MIN, 0), 'easy');
    assert.equal(gradeForExercise('passed', 200_000, TEN_MIN, 1), 'good');
    assert.equal(gradeForExercise('passed', 200_000, TEN_MIN, 2), 'hard');
    assert.equal(gradeForExercise('passed', 200_000, TEN_MIN, 5), 'hard');
    assert.equal(gradeForExercise('passed', 500_000, TEN_MIN, 1), 'hard');
    assert.equal(gradeForExercise('passed', 900_000, TEN_MIN, 3), 'hard', 'a pass over time with hints is still hard, not again');
    assert.equal(gradeForExercise('failed', 100_000, TEN_MIN, 0), 'again');
  });

  it('reads the hints an attempt recorded', () => {
    assert.equal(exerciseRunGrade(run({})), 'easy');
    assert.equal(exerciseRunGrade(run({ hintsUsed: 1 })), 'good');
    assert.equal(gradeOf(run({ hintsUsed: 2 })), 'hard');
    assert.equal(gradeOf(run({ hintsUsed: 2, grade: 'easy' })), 'easy', 'a grade of its own wins');
  });
});

describe('exercise grade rule: runs while a timed exercise is being solved', () => {
  it('a failing run inside the time of a timed session is not a review', () => {
    const trying = run({ outcome: 'failed', timeToGreenMs: undefined, sessionId: 's1', durationMs: 120_000 });
    assert.equal(isTryWhileSolving(trying), true);
    assert.equal(exerciseRunGrade(trying), undefined);
    assert.equal(buildCards([trying], new Date('2026-12-02T00:00:00Z')).has('x'), false);
  });

  it('a failing run after the time is up, or outside any session, is again', () => {
    assert.equal(exerciseRunGrade(run({ outcome: 'failed', timeToGreenMs: undefined, sessionId: 's1', durationMs: TEN_MIN + 1 })), 'again');
    assert.equal(exerciseRunGrade(run({ outcome: 'failed', timeToGreenMs: undefined, durationMs: 120_000 })), 'again');
  });

  it('tries then a pass make one review: the pass', () => {
    const tries = [1, 2, 3].map((n) =>
      run({ id: `t${n}`, outcome: 'failed', timeToGreenMs: undefined, sessionId: 's1', durationMs: n * 60_000, at: `2026-12-01T10:0${n}:00.000Z` }),
    );
    const green = run({ id: 'g', sessionId: 's1', durationMs: 240_000, timeToGreenMs: 240_000, at: '2026-12-01T10:04:00.000Z' });
    const now = new Date('2026-12-01T10:05:00Z');
    const withTries = buildCards([...tries, green], now).get('x');
    const alone = buildCards([green], now).get('x');
    assert.ok(withTries && alone);
    assert.equal(withTries.reps, 1);
    assert.equal(withTries.stability, alone.stability);
    assert.equal(statusOf(withTries, now), statusOf(alone, now));
  });
});

describe('exercise grade rule: the line shown at green', () => {
  it('names the time band and the hints', () => {
    assert.equal(explainExerciseGrade(200_000, TEN_MIN, 0), 'within half the time');
    assert.equal(explainExerciseGrade(400_000, TEN_MIN, 1), 'within the time, 1 hint (each lowers it a step, not below Hard)');
    assert.equal(explainExerciseGrade(700_000, TEN_MIN, 2), 'over the time, 2 hints (each lowers it a step, not below Hard)');
    assert.equal(explainExerciseGrade(700_000, undefined, 0), 'no time limit');
  });
});
