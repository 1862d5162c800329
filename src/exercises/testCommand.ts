// The command that runs an exercise's tests, per language. Both need only the language runtime.
import { execFile } from 'node:child_process';
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
