import * as assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { isInside } from '../../src/bank/bankPaths';
import { exerciseTarget, planScaffold } from '../../src/exercises/plan';
import { testCommand } from '../../src/exercises/testCommand';
import { tempBank } from './helpers';

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
