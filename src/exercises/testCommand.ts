// The command that runs an exercise's tests, per language. Both need only the language runtime.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Language } from '../bank/model';

export interface RunnerSettings {
  python: string;
  node: string;
}

export function testCommand(language: Language, runners: RunnerSettings): string {
  switch (language) {
    case 'python':
      return `${quoteIfNeeded(runners.python)} -m unittest -v`;
    case 'typescript':
      // Type stripping arrived in Node 22.6 behind this flag and is on by default from 23.6.
      return `${quoteIfNeeded(runners.node)} --experimental-strip-types --test solution.test.ts`;
  }
}

/** Where a run writes its machine-readable report, and the id that ties the report to the run. */
export interface ReportTarget {
  /** The folder holding runners/ shipped with the extension. */
  runnersDir: string;
  reportFile: string;
  runId: string;
}

/** Which cases to run: unittest ids for Python, each case's names from the outermost suite for node:test. */
export type CaseSelection = { language: 'python'; ids: string[] } | { language: 'typescript'; names: string[][] };

/**
 * The same run as `testCommand`, with the same output in the terminal, that also writes a report:
 * for Python through the small unittest runner shipped with the extension, for node:test through
 * a second reporter (the spec one stays on screen). `only` limits it to some cases.
 */
export function reportingTestCommand(language: Language, runners: RunnerSettings, target: ReportTarget, only?: CaseSelection): string {
  switch (language) {
    case 'python': {
      const runner = path.join(target.runnersDir, 'unittest_report.py');
      const ids = only?.language === 'python' ? only.ids.map(shellQuote) : [];
      return [quoteIfNeeded(runners.python), shellQuote(runner), '--report', shellQuote(target.reportFile), '--run-id', target.runId, ...ids].join(' ');
    }
    case 'typescript': {
      const reporter = `${pathToFileURL(path.join(target.runnersDir, 'node-report.mjs')).href}?run=${target.runId}`;
      const patterns =
        only?.language === 'typescript' ? only.names.map((names) => shellQuote(`--test-name-pattern=^${names.map(escapeRegExp).join(' ')}$`)) : [];
      return [
        quoteIfNeeded(runners.node),
        '--experimental-strip-types',
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        shellQuote(`--test-reporter=${reporter}`),
        shellQuote(`--test-reporter-destination=${target.reportFile}`),
        ...patterns,
        'solution.test.ts',
      ].join(' ');
    }
  }
}

/** Whether a user's own Python test command runs pytest (which can write a JUnit report). */
export function isPytestCommand(command: string): boolean {
  return /(^|[\s/\\])(py\.test|pytest)(\.exe)?(\s|$)|-m\s+pytest\b/.test(command);
}

/** The user's pytest command, also writing JUnit XML to `reportFile`, limited to `only` if given. */
export function pytestCommand(command: string, reportFile: string, only?: CaseSelection): string {
  // unittest ids (test_solution.TestX.test_y) as pytest node ids (test_solution.py::TestX::test_y).
  const ids =
    only?.language === 'python'
      ? only.ids.map((id) => {
          const [module, ...rest] = id.split('.');
          return shellQuote([`${module}.py`, ...rest].join('::'));
        })
      : [];
  return [command.trim(), shellQuote(`--junitxml=${reportFile}`), ...ids].join(' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The file a user edits for a language. */
export function solutionFile(language: Language): string {
  return language === 'python' ? 'solution.py' : 'solution.ts';
}

export function languageOfFile(fileName: string): Language | undefined {
  if (fileName.endsWith('.py')) return 'python';
  if (fileName.endsWith('.ts')) return 'typescript';
  return undefined;
}

/** `text` as one word for the terminal's shell. */
export function shellQuote(text: string): string {
  return process.platform === 'win32' ? `"${text}"` : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Whether `node` can run TypeScript tests (type stripping: Node 22.6 or newer). */
export function nodeCanStripTypes(node: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(node, ['--version'], { timeout: 10_000 }, (error, stdout) => {
      if (error) return resolve(true); // let the terminal show the real error
      const [major, minor] = stdout.trim().replace(/^v/, '').split('.').map(Number);
      resolve(major > 22 || (major === 22 && minor >= 6));
    });
  });
}

function quoteIfNeeded(command: string): string {
  return /^[\w./-]+$/.test(command) ? command : `"${command.replace(/"/g, '\\"')}"`;
}
