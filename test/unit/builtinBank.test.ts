import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BankIndex } from '../../src/bank/bankIndex';
import { loadBank } from '../../src/bank/bankLoader';
import { detailFromText } from '../../src/bank/detail';
import { KNOWN_ROLES } from '../../src/bank/model';
import { readFileSync } from 'node:fs';
import { BUILTIN_BANK } from './helpers';

let loaded: Promise<BankIndex> | undefined;
const bank = (): Promise<BankIndex> => (loaded ??= loadBank([{ path: BUILTIN_BANK, kind: 'builtin' }]));

describe('the built-in bank', () => {
  it('validates with zero errors and zero warnings', async () => {
    const problems = (await bank()).problems();
    assert.deepEqual(
      problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`),
      [],
    );
  });

  it('meets the coverage floor: 150 questions besides exercises, 40 topics, all three question formats', async () => {
    const questions = (await bank()).questions();
    const plain = questions.filter((question) => question.exercise !== question.id);
    assert.ok(plain.length >= 150, `${plain.length} questions`);
    assert.ok(new Set(questions.map((question) => question.topic)).size >= 40);
    for (const kind of ['behavioral', 'system-design', 'quiz', 'pitch', 'concept', 'coding'] as const) {
      assert.ok(
        questions.some((question) => question.kind === kind),
        `no ${kind} question`,
      );
    }
    assert.ok(
      questions.filter((question) => question.kind === 'quiz').every((question) => question.time <= 180),
      'micro-quizzes take at most 3 minutes',
    );
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

  it('writes display math the renderer reads: $$ alone on its lines, or a whole formula on one line', async () => {
    // "$$a\nb$$" is not a display block to the markdown renderer: its TeX would show as text (the
    // UI journeys' whole-bank check renders every question and catches this and other leaks too).
    const split: string[] = [];
    for (const question of (await bank()).questions()) {
      const lines = readFileSync(question.file, 'utf8').split('\n');
      lines.forEach((line, at) => {
        if (/^\$\$\S/.test(line) && !/\$\$\s*$/.test(line.slice(2))) split.push(`${question.file}:${at + 1}`);
      });
    }
    assert.deepEqual(split, []);
  });

  it('has an exercise for every coding question', async () => {
    const index = await bank();
    for (const question of index.questions().filter((candidate) => candidate.kind === 'coding')) {
      assert.ok(question.exercise && index.exercise(question.exercise), `${question.file}: coding question without an exercise`);
    }
  });
});
