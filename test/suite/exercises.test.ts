import * as assert from 'node:assert/strict';
import { existsSync, promises as fs, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { InterviewPrepApi } from '../../src/extension';
import { activateExtension, workspaceRoot } from './helpers';

describe('Exercises in the extension host', () => {
  let api: InterviewPrepApi;
  before(async () => {
    api = await activateExtension();
  });

  it('scaffolds and runs a TypeScript exercise, failing then passing, and records both runs', async () => {
    const scaffolded = await api.exercises.scaffold('palindrome-check', 'typescript');
    assert.ok(scaffolded);
    for (const name of ['solution.ts', 'solution.test.ts', 'cpuLimit.ts', 'tsconfig.json', 'node-types.d.ts', 'README.md'])
      assert.ok(existsSync(path.join(scaffolded.folder, name)), name);
    const node = vscode.workspace.getConfiguration('interviewPrep').get<string>('nodeCommand');
    const version = execFileSync(node ?? 'node', ['--version'], { encoding: 'utf8' }).trim();
    assert.ok(Number(version.slice(1).split('.')[0]) >= 22, `nodeCommand ${node} is ${version}`);
    const failing = await api.exercises.runTests(scaffolded.folder, 'typescript');
    assert.equal(failing?.passed, false, JSON.stringify(failing));
    const reference = path.join(api.banks.sources().at(-1)!.path, 'exercises', 'palindrome-check', 'typescript', 'reference.ts');
    await fs.copyFile(reference, path.join(scaffolded.folder, 'solution.ts'));
    const passing = await api.exercises.runTests(scaffolded.folder, 'typescript');
    assert.equal(passing?.exitCode, 0);
    const runs = (await api.progress.attempts()).filter((attempt) => attempt.kind === 'exercise' && attempt.questionId === 'palindrome-check');
    assert.deepEqual(
      runs.map((attempt) => attempt.outcome),
      ['failed', 'passed'],
    );
    assert.equal(runs[1].language, 'typescript');
    assert.ok(typeof runs[1].timeToGreenMs === 'number');
    assert.equal(api.exercises.lastResult('palindrome-check')?.passed, true);
  });

  it('refuses a link in a bank exercise that points outside it, and writes nothing outside the target', async () => {
    const bankExercise = path.join(workspaceRoot(), '.interview-prep', 'questions', 'exercises', 'evil-exercise', 'python');
    const outside = path.join(workspaceRoot(), '..', 'outside-secret.txt');
    await fs.writeFile(outside, 'secret');
    await fs.symlink('../../../../../outside-secret.txt', path.join(bankExercise, 'escape.txt'));
    await fs.symlink('/etc', path.join(bankExercise, 'etc-link'));
    const before = readdirSync(path.join(workspaceRoot(), '..')).sort();
    const result = await api.exercises.scaffold('evil-exercise', 'python');
    assert.ok(result);
    const written = readdirSync(result.folder).sort();
    assert.deepEqual(written, ['.interview-prep.json', 'README.md', 'solution.py', 'test_solution.py']);
    assert.deepEqual(readdirSync(path.join(workspaceRoot(), '..')).sort(), before, 'nothing appeared next to the workspace');
    assert.equal(readFileSync(outside, 'utf8'), 'secret');
  });

  it('reports a question whose exercise path climbs out of the bank, and does not load it', async () => {
    const index = await api.banks.index();
    assert.equal(index.question('workspace-escaping-exercise'), undefined);
    const problem = index.problems().find((candidate) => candidate.file.endsWith('escaping-exercise-id.md'));
    assert.ok(problem);
    assert.match(problem.message, /exercise "\.\.\/\.\.\/outside" must be an exercise id/);
    assert.equal(problem.line, 9);
  });
});
