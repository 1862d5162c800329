import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateAttempt } from '../../src/progress/attemptSchema';
import type { Attempt } from '../../src/progress/model';
import { applyRegrades, isRegrade, regradeRecord } from '../../src/progress/regrade';
import { buildCards } from '../../src/progress/scheduler';
import { computeStats } from '../../src/progress/stats';

const pass: Attempt = {
  id: 'p1',
  kind: 'exercise',
  questionId: 'x',
  at: '2026-12-01T10:00:00.000Z',
  durationMs: 200_000,
  allottedMs: 600_000,
  outcome: 'passed',
  timeToGreenMs: 200_000,
};

describe('regrades', () => {
  it('a regrade record names the attempt, carries the new grade and passes validation', () => {
    const record = regradeRecord(pass, 'hard', 'r1', new Date('2026-12-01T10:01:00Z'));
    assert.deepEqual(record, { id: 'r1', kind: 'exercise', questionId: 'x', at: '2026-12-01T10:01:00.000Z', durationMs: 0, grade: 'hard', regrades: 'p1' });
    assert.equal(isRegrade(record), true);
    const checked = validateAttempt(record);
    assert.ok(checked.ok);
    assert.equal(checked.attempt.regrades, 'p1');
    assert.equal(validateAttempt({ ...record, regrades: '' }).ok, false);
  });

  it('applies the latest regrade to the attempt it names and drops the records', () => {
    const first = regradeRecord(pass, 'hard', 'r1', new Date('2026-12-01T10:01:00Z'));
    const second = regradeRecord(pass, 'again', 'r2', new Date('2026-12-01T10:02:00Z'));
    const other: Attempt = { ...pass, id: 'p2', questionId: 'y' };
    // Order in the log does not matter: sync tools deliver lines late.
    const applied = applyRegrades([second, pass, first, other]);
    assert.deepEqual(
      applied.map((attempt) => [attempt.id, attempt.grade]),
      [
        ['p1', 'again'],
        ['p2', undefined],
      ],
    );
  });

  it('a regrade of an attempt not in the history changes nothing; a history without regrades is returned as is', () => {
    const stray = regradeRecord({ ...pass, id: 'gone' }, 'easy', 'r3', new Date('2026-12-01T10:01:00Z'));
    assert.deepEqual(applyRegrades([pass, stray]), [pass]);
    const plain = [pass];
    assert.equal(applyRegrades(plain), plain);
  });

  it('the schedule follows the changed grade, and statistics do not count the regrade as practice', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const easy = buildCards([pass], now).get('x');
    const changed = buildCards([pass, regradeRecord(pass, 'again', 'r1', new Date('2026-12-01T10:01:00Z'))], now).get('x');
    const again = buildCards([{ ...pass, grade: 'again' }], now).get('x');
    assert.ok(easy && changed && again);
    assert.notEqual(changed.stability, easy.stability);
    assert.equal(changed.stability, again.stability);
    assert.equal(changed.reps, 1);
    const questions = [{ id: 'x' }] as never;
    const stats = computeStats([pass, regradeRecord(pass, 'hard', 'r1', now)], questions, now, () => 'learning');
    assert.equal(stats.totals.attempts, computeStats([pass], questions, now, () => 'learning').totals.attempts);
  });
});
