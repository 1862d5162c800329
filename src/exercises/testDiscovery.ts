// Which test cases an exercise's test files declare, read from their text without running them:
// the items of the Testing view before (and between) runs. Pure: no `vscode`, no file reads.
import * as path from 'node:path';
import type { Language } from '../bank/model';
import { discoverNodeTests } from './nodeTests';
import { discoverPythonTests } from './pythonTests';

export interface DiscoveredTest {
  /**
   * The case's key within its exercise and language, the same one its result carries in a report:
   * for Python the unittest id (`test_solution.TestX.test_y`), for node:test the JSON array of the
   * segments from the outermost suite down (see `nodeCaseKey`).
   */
  key: string;
  label: string;
  kind: 'suite' | 'case';
  file: string;
  /** 0-based lines of the declaration's first and last line. */
  line: number;
  endLine: number;
  children: DiscoveredTest[];
}

/** The files the exercise's test command runs, among the names in its folder, sorted. */
export function testFilesIn(language: Language, names: readonly string[]): string[] {
  const pattern = language === 'python' ? /^test[\p{L}\p{N}_]*\.py$/u : /^solution\.test\.ts$/;
  return names.filter((name) => pattern.test(name)).sort();
}

/** The cases `text`, the contents of the test file `file`, declares. */
export function discoverTests(language: Language, file: string, text: string): DiscoveredTest[] {
  return language === 'python' ? discoverPythonTests(file, path.basename(file, '.py'), text) : discoverNodeTests(file, text);
}

/**
 * A node:test case's key: its names from the outermost suite down, each with its occurrence under
 * its parent when a name is used twice there (node:test runs, and reports, both).
 */
export function nodeCaseKey(segments: readonly string[]): string {
  return JSON.stringify(segments);
}

/** One step of a node:test key: the name, and its occurrence among same-named siblings after the first. */
export function nodeSegment(name: string, occurrence: number): string {
  return occurrence > 1 ? `${name}\u0000${occurrence}` : name;
}

/** Every case in `tests`, depth first, with the suites that hold them. */
export function flattenTests(tests: readonly DiscoveredTest[]): DiscoveredTest[] {
  return tests.flatMap((test) => [test, ...flattenTests(test.children)]);
}
