import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { isInside } from '../../src/bank/bankPaths';
import { loadBank } from '../../src/bank/bankLoader';
import { exerciseTarget, isReferenceFile, keptOnReset, planScaffold, SUPPORT_FOLDER } from '../../src/exercises/plan';
import { copyIfAbsent } from '../../src/exercises/scaffoldFiles';
import { testFilesIn } from '../../src/exercises/testDiscovery';
import { solutionFile, testCommand } from '../../src/exercises/testCommand';
import { BUILTIN_BANK, tempBank } from './helpers';

describe('scaffold plan', () => {
  it('copies the stub and tests but never the reference solution', async () => {
    const bank = tempBank({
      'ex/python/solution.py': 'stub',
      'ex/python/test_solution.py': 'tests',
      'ex/python/reference.py': 'answer',
      'ex/python/data/input.txt': '1',
    });
    const plan = await planScaffold(path.join(bank, 'ex'), 'python', '/work/target');
    assert.deepEqual(plan.copies.map((copy) => copy.to).sort(), ['/work/target/data/input.txt', '/work/target/solution.py', '/work/target/test_solution.py']);
    assert.deepEqual(plan.refused, []);
  });
  it('refuses symbolic links, even ones pointing inside', async () => {
    const bank = tempBank({ 'ex/python/solution.py': 'stub' });
    symlinkSync('/etc/passwd', path.join(bank, 'ex', 'python', 'passwd'));
    mkdirSync(path.join(bank, 'ex', 'python', 'sub'));
    symlinkSync(path.join(bank, 'ex', 'python', 'solution.py'), path.join(bank, 'ex', 'python', 'sub', 'again.py'));
    writeFileSync(path.join(bank, 'ex', 'python', 'sub', 'ok.py'), 'x');
    const plan = await planScaffold(path.join(bank, 'ex'), 'python', '/work/target');
    assert.deepEqual(plan.refused.sort(), ['passwd', path.join('sub', 'again.py')]);
    assert.deepEqual(plan.copies.map((copy) => copy.to).sort(), ['/work/target/solution.py', '/work/target/sub/ok.py']);
  });
  it('keeps targets inside the exercises folder', () => {
    assert.equal(exerciseTarget('/ws', 'interview-exercises', 'lru-cache'), '/ws/interview-exercises/lru-cache');
    assert.throws(() => exerciseTarget('/ws', 'interview-exercises', '../escape'));
    assert.throws(() => exerciseTarget('/ws', 'interview-exercises', '/abs'));
    assert.equal(isInside('/a/b', '/a/b/c'), true);
    assert.equal(isInside('/a/b', '/a/bc'), false);
    assert.equal(isInside('/a/b', '/a/b/../c'), false);
  });
  it('builds test commands that need only the runtime', () => {
    assert.equal(testCommand('python', { python: 'python3', node: 'node' }), 'python3 -m unittest -v');
    assert.equal(
      testCommand('typescript', { python: 'python3', node: '/opt/node 24/bin/node' }),
      '"/opt/node 24/bin/node" --experimental-strip-types --test solution.test.ts',
    );
  });
});

describe('scaffold plan: the shared support files', () => {
  const bankFiles = {
    'exercises/ex/python/solution.py': 'stub',
    'exercises/ex/python/test_solution.py': 'from timed_test import TimedTestCase',
    'exercises/ex/typescript/solution.ts': 'stub',
    'exercises/ex/typescript/solution.test.ts': 'import { limitEachTest } from "./cpuLimit.ts";',
    'exercises/_support/python/timed_test.py': 'harness',
    'exercises/_support/typescript/cpuLimit.ts': 'harness',
    'exercises/_support/typescript/tsconfig.json': '{}',
    'exercises/_support/typescript/node-types.d.ts': 'declarations',
  };
  const shared = (plan: Awaited<ReturnType<typeof planScaffold>>): Record<string, string | undefined> =>
    Object.fromEntries(plan.copies.map((copy) => [path.basename(copy.to), copy.shared]));

  it("adds the language's files from exercises/_support/ beside the tests, marked as shared", async () => {
    const bank = tempBank(bankFiles);
    const exercise = path.join(bank, 'exercises', 'ex');
    const python = await planScaffold(exercise, 'python', '/work/target');
    assert.deepEqual(shared(python), { 'solution.py': undefined, 'test_solution.py': undefined, 'timed_test.py': 'harness' });
    assert.equal(
      python.copies.find((copy) => copy.to === '/work/target/timed_test.py')?.from,
      path.join(bank, 'exercises', SUPPORT_FOLDER, 'python', 'timed_test.py'),
    );
    const typescript = await planScaffold(exercise, 'typescript', '/work/target');
    assert.deepEqual(shared(typescript), {
      'solution.ts': undefined,
      'solution.test.ts': undefined,
      'cpuLimit.ts': 'harness',
      'node-types.d.ts': 'editor',
      'tsconfig.json': 'editor',
    });
    assert.deepEqual(python.refused, []);
    assert.deepEqual(typescript.refused, []);
  });

  it("keeps an exercise's own file over a shared one of the same name", async () => {
    const bank = tempBank({ ...bankFiles, 'exercises/ex/typescript/tsconfig.json': '{ "own": true }' });
    const plan = await planScaffold(path.join(bank, 'exercises', 'ex'), 'typescript', '/work/target');
    const tsconfigs = plan.copies.filter((copy) => copy.to === '/work/target/tsconfig.json');
    assert.deepEqual(
      tsconfigs.map((copy) => [copy.from, copy.shared]),
      [[path.join(bank, 'exercises', 'ex', 'typescript', 'tsconfig.json'), undefined]],
    );
  });

  it('refuses a support folder that is a link, and links inside one', async () => {
    const bank = tempBank({ 'exercises/ex/python/solution.py': 'stub', 'exercises/_support/typescript/cpuLimit.ts': 'harness' });
    mkdirSync(path.join(bank, 'exercises', SUPPORT_FOLDER, 'python'));
    symlinkSync('/etc/passwd', path.join(bank, 'exercises', SUPPORT_FOLDER, 'python', 'passwd'));
    const plan = await planScaffold(path.join(bank, 'exercises', 'ex'), 'python', '/work/target');
    assert.deepEqual(plan.refused, [path.join('..', SUPPORT_FOLDER, 'python', 'passwd')]);
    assert.deepEqual(
      plan.copies.map((copy) => copy.to),
      ['/work/target/solution.py'],
    );

    rmSync(path.join(bank, 'exercises', SUPPORT_FOLDER, 'python'), { recursive: true });
    symlinkSync(path.join(bank, 'exercises', SUPPORT_FOLDER, 'typescript'), path.join(bank, 'exercises', SUPPORT_FOLDER, 'python'));
    const linked = await planScaffold(path.join(bank, 'exercises', 'ex'), 'python', '/work/target');
    assert.deepEqual(linked.refused, [path.join('..', SUPPORT_FOLDER, 'python')]);
    assert.deepEqual(
      linked.copies.map((copy) => copy.to),
      ['/work/target/solution.py'],
    );
  });

  it("never writes over the user's tsconfig.json, and a reset leaves the editor's files as they are", async () => {
    const bank = tempBank(bankFiles);
    const target = mkdtempSync(path.join(tmpdir(), 'interview-prep-scaffold-'));
    try {
      writeFileSync(path.join(target, 'tsconfig.json'), '{ "mine": true }');
      const plan = await planScaffold(path.join(bank, 'exercises', 'ex'), 'typescript', target);
      // The scaffold's rule for every copy: only where no file is.
      const created = [];
      for (const copy of plan.copies) if (await copyIfAbsent(copy.from, copy.to)) created.push(path.basename(copy.to));
      assert.deepEqual(created.sort(), ['cpuLimit.ts', 'node-types.d.ts', 'solution.test.ts', 'solution.ts']);
      assert.equal(readFileSync(path.join(target, 'tsconfig.json'), 'utf8'), '{ "mine": true }');
      // A reset writes the stub, the tests and the harness again, but not the editor's files.
      assert.deepEqual(
        plan.copies
          .filter(keptOnReset)
          .map((copy) => path.basename(copy.to))
          .sort(),
        ['node-types.d.ts', 'tsconfig.json'],
      );
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });

  it('gives every built-in exercise the harness its tests import, which is neither a test file, a solution nor a reference', async () => {
    const index = await loadBank([{ path: BUILTIN_BANK, kind: 'builtin' }]);
    const exercises = index.exercises();
    assert.equal(exercises.length, 60);
    assert.ok(!exercises.some((exercise) => exercise.id === SUPPORT_FOLDER), 'the support folder is no exercise');
    const support = {
      python: readdirSync(path.join(BUILTIN_BANK, 'exercises', SUPPORT_FOLDER, 'python')).sort(),
      typescript: readdirSync(path.join(BUILTIN_BANK, 'exercises', SUPPORT_FOLDER, 'typescript')).sort(),
    };
    assert.deepEqual(support, { python: ['timed_test.py'], typescript: ['cpuLimit.ts', 'node-types.d.ts', 'tsconfig.json'] });
    for (const exercise of exercises) {
      for (const language of exercise.languages) {
        const plan = await planScaffold(exercise.dir, language, '/work/target');
        const names = plan.copies.map((copy) => path.basename(copy.to));
        for (const name of support[language]) assert.ok(names.includes(name), `${exercise.id} (${language}) gets ${name}`);
        assert.deepEqual(testFilesIn(language, support[language]), [], 'a support file is taken for a test file');
        assert.ok(!support[language].includes(solutionFile(language)) && !support[language].some(isReferenceFile));
        const tests = readFileSync(path.join(exercise.dir, language, testFilesIn(language, names)[0]), 'utf8');
        assert.match(
          tests,
          language === 'python' ? /^(from timed_test import|import timed_test$)/m : /^import \{ [^}]*\blimitEachTest\b[^}]* \} from "\.\/cpuLimit\.ts";$/m,
        );
      }
    }
  });
});
