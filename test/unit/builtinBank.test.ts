import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BankIndex } from '../../src/bank/bankIndex';
import { loadBank } from '../../src/bank/bankIndex';
import { detailFromText } from '../../src/bank/detail';
import { KNOWN_ROLES } from '../../src/bank/model';
import { readFileSync } from 'node:fs';
import { BUILTIN_BANK } from './helpers';

let loaded: Promise<BankIndex> | undefined;
const bank = (): Promise<BankIndex> => (loaded ??= loadBank([{ path: BUILTIN_BANK, kind: 'builtin' }]));

describe('the built-in bank', () => {
  it('validates with zero errors and zero warnings', async () => {
    const problems = (await bank()).problems();
    assert.deepEqual(problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`), []);
  });

  it('covers every known role', async () => {
    const roles = new Set((await bank()).questions().flatMap((question) => question.roles));
    for (const role of KNOWN_ROLES) assert.ok(roles.has(role), `no question for ${role}`);
  });

  it('gives every question a prompt, two or more hints, a substantial answer and evaluation points', async () => {
    for (const question of (await bank()).questions()) {
      const detail = detailFromText(question, readFileSync(question.file, 'utf8'));
      const where = question.file;
      assert.ok(detail.prompt.length > 20, `${where}: prompt`);
      assert.ok(detail.hints.length >= 2, `${where}: ${detail.hints.length} hints`);
      assert.ok(detail.answer.split(/\s+/).length >= 150, `${where}: answer has ${detail.answer.split(/\s+/).length} words`);
      assert.ok(question.evaluation.length >= 1, `${where}: evaluation points`);
    }
  });

  it('has an exercise for every coding question', async () => {
    const index = await bank();
    for (const question of index.questions().filter((candidate) => candidate.kind === 'coding')) {
      assert.ok(question.exercise && index.exercise(question.exercise), `${question.file}: coding question without an exercise`);
    }
  });
});
