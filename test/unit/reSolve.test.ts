import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasPassed, lastPassedLanguage, reSolveFolderName } from '../../src/exercises/reSolve';
import type { Attempt } from '../../src/progress/model';

const runOf = (id: string, at: string, outcome: 'passed' | 'failed', language?: string, questionId = 'two-sum'): Attempt => ({
  id,
  kind: 'exercise',
  questionId,
  at,
  durationMs: 1000,
  outcome,
  ...(language ? { language } : {}),
});

describe('re-solves: what the history says', () => {
  it('an exercise comes back once it has passed, not when it only failed or another one passed', () => {
    assert.equal(hasPassed([runOf('a', '2026-12-01T10:00:00Z', 'failed', 'python')], 'two-sum'), false);
    assert.equal(hasPassed([runOf('a', '2026-12-01T10:00:00Z', 'passed', 'python', 'lru-cache')], 'two-sum'), false);
    assert.equal(hasPassed([{ ...runOf('a', '2026-12-01T10:00:00Z', 'passed'), kind: 'question' }], 'two-sum'), false);
    assert.equal(hasPassed([runOf('a', '2026-12-01T10:00:00Z', 'failed'), runOf('b', '2026-12-01T11:00:00Z', 'passed')], 'two-sum'), true);
  });

  it('re-solves in the language it last passed in', () => {
    const history = [
      runOf('a', '2026-12-01T10:00:00.000Z', 'passed', 'python'),
      runOf('b', '2026-12-02T10:00:00.000Z', 'passed', 'typescript'),
      runOf('c', '2026-12-03T10:00:00.000Z', 'failed', 'python'),
    ];
    assert.equal(lastPassedLanguage(history, 'two-sum'), 'typescript');
    assert.equal(lastPassedLanguage([...history].reverse(), 'two-sum'), 'typescript', 'by time, not log order');
    assert.equal(lastPassedLanguage([runOf('d', '2026-12-04T10:00:00.000Z', 'passed', 'cobol')], 'two-sum'), undefined);
    assert.equal(lastPassedLanguage([], 'two-sum'), undefined);
  });
});

describe('re-solves: the fresh folder', () => {
  it('names the folder by exercise and day, and never reuses a taken name', () => {
    const taken = new Set<string>();
    const next = () => {
      const name = reSolveFolderName('two-sum', '2026-12-03', (candidate) => taken.has(candidate));
      taken.add(name);
      return name;
    };
    assert.equal(next(), 'two-sum-re-solve-2026-12-03');
    assert.equal(next(), 'two-sum-re-solve-2026-12-03-2');
    assert.equal(next(), 'two-sum-re-solve-2026-12-03-3');
    assert.equal(
      reSolveFolderName('two-sum', '2026-12-04', (candidate) => taken.has(candidate)),
      'two-sum-re-solve-2026-12-04',
    );
    assert.equal(taken.has('two-sum'), false, 'the usual folder is never among the names');
  });
});
