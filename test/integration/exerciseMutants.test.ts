// "Green means correct": every built-in exercise's tests must reject the wrong solutions candidates
// really write. test/mutants/<exercise-id>/<language>/ holds such solutions (*.py for python, *.ts for
// typescript), each opening with a comment that names the mistake it models. Each one, copied in as
// the solution, must make the suite fail: a non-zero exit, or still running at the limit and killed.
// Needs python3 and a Node with type stripping (22.6+), as exercises.test.ts does.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadBank } from '../../src/bank/bankLoader';
import type { Language } from '../../src/bank/model';
import { NO_TYPE_STRIPPING_NODE, runExerciseSuite, typeStrippingNode, WRONG_LIMIT_MS } from './exerciseRunner';
import { BUILTIN_BANK, REPO } from '../unit/helpers';

const MUTANTS = path.join(REPO, 'test', 'mutants');
const MIN_MUTANTS = 3;
const EXTENSION: Record<Language, string> = { python: '.py', typescript: '.ts' };
const COMMENT: Record<Language, RegExp> = { python: /^#\s*\S/, typescript: /^\/\/\s*\S/ };
// A mutant that cannot even load proves nothing about the tests.
const LOAD_ERROR: Record<Language, RegExp> = {
  python: /^(SyntaxError|IndentationError|TabError|ImportError|ModuleNotFoundError): /m,
  typescript: /ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX|ERR_INVALID_TYPESCRIPT_SYNTAX|ERR_MODULE_NOT_FOUND|^SyntaxError: /m,
};

const node = typeStrippingNode();

function isDirectory(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory();
}

function mutantsOf(exerciseId: string, language: Language): string[] {
  const dir = path.join(MUTANTS, exerciseId, language);
  if (!isDirectory(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(EXTENSION[language]))
    .sort()
    .map((name) => path.join(dir, name));
}

describe('built-in exercises: realistic wrong solutions fail their tests', { concurrency: 2 }, async () => {
  const index = await loadBank([{ path: BUILTIN_BANK, kind: 'builtin' }]);
  const exercises = index.exercises().sort((a, b) => a.id.localeCompare(b.id));

  it('has mutants only for built-in exercises and the languages they offer', () => {
    const offered = new Map(exercises.map((exercise) => [exercise.id, new Set<string>(exercise.languages)]));
    for (const id of readdirSync(MUTANTS)) {
      if (!isDirectory(path.join(MUTANTS, id))) continue;
      assert.ok(offered.has(id), `test/mutants/${id} names no built-in exercise`);
      for (const language of readdirSync(path.join(MUTANTS, id))) {
        assert.ok(offered.get(id)?.has(language), `test/mutants/${id}/${language}: the exercise does not offer ${language}`);
      }
    }
  });

  for (const exercise of exercises) {
    for (const language of exercise.languages) {
      const mutants = mutantsOf(exercise.id, language);

      it(`${exercise.id} (${language}) has at least ${MIN_MUTANTS} mutants`, () => {
        assert.ok(mutants.length >= MIN_MUTANTS, `test/mutants/${exercise.id}/${language}/ has ${mutants.length} *${EXTENSION[language]} files`);
      });

      for (const mutant of mutants) {
        it(`${exercise.id} (${language}): mutant ${path.basename(mutant)} fails the tests`, async (t) => {
          const firstLine = readFileSync(mutant, 'utf8').split('\n', 1)[0];
          assert.match(firstLine, COMMENT[language], `${path.basename(mutant)}: the first line must be a comment naming the mistake it models`);
          if (language === 'typescript' && !node) {
            t.skip(NO_TYPE_STRIPPING_NODE);
            return;
          }
          const run = await runExerciseSuite(path.join(exercise.dir, language), language, mutant, WRONG_LIMIT_MS, node);
          if (run.timedOut) t.diagnostic(`${firstLine} -> ${run.timedOut}`);
          assert.ok(!run.passed, `the tests accept a wrong solution (${firstLine}):\n${run.output.slice(-1500)}`);
          assert.doesNotMatch(run.output, LOAD_ERROR[language], `the mutant does not load, so it tests nothing:\n${run.output.slice(-1500)}`);
        });
      }
    }
  }
});

// A solution stuck in an endless loop is stopped by the tests' own limit, well within the whole run's,
// so the run ends by itself and its output says why: the first test that ran out of CPU time, and
// for Python the rest failing at once without running. For TypeScript, a solution that loops in
// every call (the mutants' loops end at a bound in the tests or fail first).
const ENDLESS_TYPESCRIPT = 'export function minCoins(coins: number[], amount: number): number {\n  for (;;);\n}\nexport const countWays = minCoins;\n';
const ENDLESS: Array<[id: string, language: Language, mutant: string]> = [
  ['binary-search-bounds', 'python', path.join(MUTANTS, 'binary-search-bounds', 'python', 'loop_never_ends.py')],
  ['linked-list-cycle', 'python', path.join(MUTANTS, 'linked-list-cycle', 'python', 'second_phase_one_ahead.py')],
  ['text-chunker', 'python', path.join(MUTANTS, 'text-chunker', 'python', 'no_progress_guard.py')],
  ['coin-change', 'typescript', ENDLESS_TYPESCRIPT],
];

describe('an endless loop ends the run at its first test out of CPU time', { concurrency: 2 }, () => {
  for (const [id, language, mutant] of ENDLESS) {
    it(`${id} (${language}): ${language === 'python' ? path.basename(mutant) : 'every call loops'}`, async (t) => {
      if (language === 'typescript' && !node) {
        t.skip(NO_TYPE_STRIPPING_NODE);
        return;
      }
      let solution = mutant;
      if (language === 'typescript') {
        solution = path.join(mkdtempSync(path.join(tmpdir(), 'interview-prep-endless-')), 'solution.ts');
        writeFileSync(solution, mutant);
      }
      try {
        const run = await runExerciseSuite(path.join(BUILTIN_BANK, 'exercises', id, language), language, solution, WRONG_LIMIT_MS, node);
        assert.equal(run.timedOut, undefined, `the run was stopped from outside:\n${run.output.slice(-1500)}`);
        assert.ok(!run.passed);
        if (language === 'python') {
          assert.match(run.output, /^TimeoutError: used more than \d+(\.\d+)? s of CPU time/m);
          assert.ok(run.report.ok, 'the report was read');
          const failed = run.report.cases.filter((result) => result.status !== 'passed');
          const timedOut = failed.filter((result) => result.failures.some((failure) => failure.message.startsWith('TimeoutError: used more than')));
          assert.equal(timedOut.length, 1, 'one test ran out of time');
          const notRun = failed.filter((result) => result.failures.some((failure) => failure.message.includes('not run: an earlier test ran out of CPU time')));
          assert.ok(notRun.length > 0, 'the tests after it fail without running');
        } else {
          assert.match(run.output, /"minCoins: examples from the prompt" used more than 2000 ms of CPU time without finishing: stopped/);
        }
      } finally {
        if (solution !== mutant) rmSync(path.dirname(solution), { recursive: true, force: true });
      }
    });
  }
});
