// What the property tests share: running a property and counting its cases, temporary folders, and
// the arbitraries and checks for untrusted text. fast-check picks a fresh seed on every run; a failure
// reports the seed, the path and the shrunk counterexample, and adding that `seed` and `path` to the
// parameters `holds` passes to `fc.check` replays it.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';
import fc from 'fast-check';
import { type Problem } from '../../src/bank/model';
import { parseQuestionText, readFrontMatter } from '../../src/bank/parse';

// ---------------------------------------------------------------------------------------------
// Running properties

let properties = 0;
let cases = 0;

/** Checks a property as `fc.assert` would, and counts the cases it generated for the summary. */
export async function holds<Ts>(property: fc.IRawProperty<Ts>, numRuns: number): Promise<void> {
  const details = await fc.check(property, { numRuns, includeErrorInReport: true });
  properties++;
  cases += details.numRuns + details.numSkips;
  if (details.failed) throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
}

// Temporary folders for the filesystem properties, all under one root.
export const scratch = mkdtempSync(path.join(tmpdir(), 'interview-prep-properties-'));
export let scratchDirs = 0;
export const scratchDir = () => mkdtempSync(path.join(scratch, `${++scratchDirs}-`));

after(() => {
  rmSync(scratch, { recursive: true, force: true });
  console.log(`${path.basename(process.argv[1] ?? 'properties')}: ${properties} properties, ${cases} generated cases`);
});

// ---------------------------------------------------------------------------------------------
// Shared arbitraries

/** Any UTF-16 code units, lone surrogates included. */
export const codeUnits = (maxLength: number) => fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength });
/** Arbitrary text: printable ASCII, any code points, or any code units. */
export const anyText = (maxLength: number) => fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'binary', maxLength }), codeUnits(maxLength));
export const eol = fc.constantFrom('\n', '\r\n');
export const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);

/** A YAML double-quoted scalar for any text: JSON's escapes, plus \u escapes for what YAML refuses raw. */
export function yamlQuoted(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// 1. Front matter

export const FILE = '/bank/q.md';
export const isMissingSection = (problem: Problem) => problem.code === 'missing-prompt' || problem.code === 'missing-answer';

/**
 * Every problem names the file and points into the text, lines cut at "\n" as the parser cuts them.
 * Lines and columns are 1-based; a column may sit just past the line's end. A missing prompt or
 * answer may point one line past the end: where to write it when the file stops at the closing
 * delimiter. An end column is exclusive, and marks one character even after an empty value.
 */
export function assertPositioned(problems: readonly Problem[], file: string, text: string): void {
  const lines = text.split(/\r?\n/);
  const lengthOf = (line: number) => (lines[line - 1] ?? '').length;
  for (const problem of problems) {
    const where = `${JSON.stringify(problem)} in ${JSON.stringify(text.slice(0, 400))}`;
    assert.equal(problem.file, file, where);
    assert.ok(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines.length + (isMissingSection(problem) ? 1 : 0), where);
    assert.ok(Number.isInteger(problem.column) && problem.column >= 1 && problem.column <= lengthOf(problem.line) + 1, where);
    if (problem.endLine !== undefined || problem.endColumn !== undefined) {
      assert.ok(problem.endLine !== undefined && problem.endColumn !== undefined, where);
      assert.ok(problem.endLine >= problem.line && problem.endLine <= lines.length, where);
      assert.ok(problem.endLine > problem.line || problem.endColumn > problem.column, where);
      assert.ok(problem.endColumn <= lengthOf(problem.endLine) + 2, where);
    }
    assert.ok(problem.severity === 'error' || problem.severity === 'warning', where);
    assert.ok(typeof problem.message === 'string' && problem.message !== '', where);
  }
}

/** Reads `text` as front matter, as a question and as an exercise: nothing may throw, and every problem is positioned. */
export function assertParsesSafely(text: string): Problem[] {
  const front = readFrontMatter(FILE, text);
  if (front !== undefined && 'problem' in front) assertPositioned([front.problem], FILE, text);
  const parsed = parseQuestionText(FILE, text);
  assertPositioned(parsed.problems, FILE, text);
  assert.equal(parsed.noFrontMatter === true, front === undefined);
  if (parsed.fields) assert.ok(parsed.problems.every((problem) => problem.severity === 'warning'));
  const exercise = parseQuestionText(FILE, text, 'some-exercise');
  assertPositioned(exercise.problems, FILE, text);
  return [...parsed.problems, ...exercise.problems];
}
