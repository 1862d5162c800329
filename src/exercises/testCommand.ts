// The command that runs an exercise's tests, per language. Both need only the language runtime.
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

function quoteIfNeeded(command: string): string {
  return /^[\w./-]+$/.test(command) ? command : `"${command.replace(/"/g, '\\"')}"`;
}
