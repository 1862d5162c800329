// Reads the report runners/node-report.mjs writes during a node:test run: one JSON object a line,
// from a "begin" line carrying the run id to an "end" line. A report of another run, one cut short
// (no "end") or one with a line that is not such an object is not read at all.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeCaseKey, nodeSegment } from './testDiscovery';
import {
  isObject,
  lineField,
  MAX_REPORT_BYTES,
  numberField,
  stringField,
  type CaseFailure,
  type CaseResult,
  type CaseStatus,
  type RunCrash,
  type RunReport,
  type SourcePoint,
} from './runReport';

export const NODE_REPORT_FORMAT = 'interview-prep-node-test';

export function parseNodeReport(text: string, runId: string): RunReport {
  if (text.length > MAX_REPORT_BYTES) return { ok: false, reason: 'the report is too large to be one of ours' };
  const records: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      return { ok: false, reason: records.length === 0 ? 'the report is not one the reporter wrote' : 'the report is garbled' };
    }
    if (!isObject(record) || typeof record.t !== 'string') return { ok: false, reason: 'the report is garbled' };
    records.push(record);
  }
  const begin = records[0];
  if (!begin || begin.t !== 'begin' || begin.format !== NODE_REPORT_FORMAT || begin.version !== 1)
    return { ok: false, reason: 'the report is not one the reporter wrote' };
  if (begin.runId !== runId) return { ok: false, reason: 'the report is from another run' };
  const end = records.at(-1);
  if (records.length < 2 || end?.t !== 'end' || end.runId !== runId)
    return { ok: false, reason: 'the report stops before the end of the run (was the run stopped?)' };

  const cases: CaseResult[] = [];
  const crashes: RunCrash[] = [];
  const stderr = new Map<string, string>();
  /** The key segments and names of the test started at each nesting level. */
  const segments: string[] = [];
  const names: string[] = [];
  const counters = new Map<string, Map<string, number>>();
  const started = (name: string, nesting: number): void => {
    const parent = JSON.stringify(segments.slice(0, nesting));
    const seen = counters.get(parent) ?? new Map<string, number>();
    counters.set(parent, seen);
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    segments.length = nesting;
    names.length = nesting;
    segments.push(nodeSegment(name, occurrence));
    names.push(name);
  };

  for (const record of records.slice(1, -1)) {
    const name = stringField(record, 'name', 2_000) ?? '';
    const nesting = numberField(record, 'nesting');
    const level = nesting !== undefined && Number.isInteger(nesting) && nesting >= 0 && nesting <= 100 ? nesting : undefined;
    if (record.t === 'stderr') {
      const file = stringField(record, 'file', 4_000) ?? '';
      stderr.set(file, (stderr.get(file) ?? '') + (stringField(record, 'text') ?? ''));
      continue;
    }
    if (level === undefined) continue;
    if (record.t === 'start') {
      started(name, level);
      continue;
    }
    if (record.t !== 'pass' && record.t !== 'fail') continue;
    // A result whose start was not reported (older Node versions) is placed as if it had been.
    if (names.length !== level + 1 || names[level] !== name) started(name, level);
    const file = stringField(record, 'file', 4_000);
    const error = isObject(record.error) ? record.error : undefined;
    if (record.t === 'fail' && level === 0 && file && isFileItself(name, file) && !error?.name) {
      crashes.push(crashFromStderr(stderrOf(stderr, file), file, name));
      continue;
    }
    const failureType = error ? stringField(error, 'failureType', 100) : undefined;
    // A suite (or a test with subtests) that failed because a case inside it did shows through them.
    if (failureType === 'subtestsFailed') continue;
    if (record.kind === 'suite' && record.t === 'pass') continue;
    const line = lineField(record, 'line');
    const column = lineField(record, 'column');
    const location: SourcePoint | undefined = file && line !== undefined ? { file, line, ...(column !== undefined ? { column } : {}) } : undefined;
    const status = statusOf(record, error);
    const result: CaseResult = {
      key: nodeCaseKey(segments.slice(0, level + 1)),
      names: names.slice(0, level + 1),
      status,
      ...(level > 0 ? { parentKey: nodeCaseKey(segments.slice(0, level)) } : {}),
      durationMs: numberField(record, 'durationMs'),
      failures: [],
      ...(location ? { location } : {}),
    };
    if (record.t === 'fail' && error && status !== 'skipped') result.failures.push(failureOf(error, file, location));
    cases.push(result);
  }
  return { ok: true, cases, crashes };
}

function statusOf(record: Record<string, unknown>, error: Record<string, unknown> | undefined): CaseStatus {
  if (record.skip === true || record.todo === true) return 'skipped';
  if (record.t === 'pass') return 'passed';
  const failureType = error ? stringField(error, 'failureType', 100) : undefined;
  if (failureType === 'testTimeoutFailure') return 'failed';
  if (error && (error.code === 'ERR_ASSERTION' || error.name === 'AssertionError')) return 'failed';
  return 'errored';
}

function failureOf(error: Record<string, unknown>, file: string | undefined, declared: SourcePoint | undefined): CaseFailure {
  const name = stringField(error, 'name', 200);
  const rawMessage = (stringField(error, 'message') ?? '').trimEnd();
  const failureType = stringField(error, 'failureType', 100);
  const isAssertion = error.code === 'ERR_ASSERTION' || name === 'AssertionError';
  let message = rawMessage || name || 'the test failed';
  if (!isAssertion && name && !rawMessage.startsWith(name)) message = `${name}: ${rawMessage || '(no message)'}`;
  if (failureType === 'cancelledByParent') message = `Not run: ${rawMessage || 'its suite failed first'}`;
  if (failureType === 'hookFailure') message = `A before/after hook failed: ${message}`;
  const detail = stringField(error, 'stack');
  const frames = detail ? stackFrames(detail) : [];
  const inTest = file ? frames.find((frame) => samePath(frame.file, file)) : undefined;
  const failure: CaseFailure = { message };
  const location = inTest ?? declared;
  if (location) failure.location = location;
  if (frames.length) failure.stack = frames;
  if (detail) failure.detail = detail;
  const expected = stringField(error, 'expected');
  const actual = stringField(error, 'actual');
  if (expected !== undefined && actual !== undefined) {
    failure.expected = expected;
    failure.actual = actual;
  }
  return failure;
}

/** The frames of a V8 stack that are in files (not Node's own), innermost first; at most ten. */
export function stackFrames(stack: string): SourcePoint[] {
  const frames: SourcePoint[] = [];
  for (const line of stack.split('\n')) {
    const match = /^\s+at (?:.*\()?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?\s*$/.exec(line);
    if (!match || match[1].startsWith('node:')) continue;
    const file = toPath(match[1]);
    if (!file || file.split(/[\\/]/).includes('node_modules')) continue;
    frames.push({ file, line: Number(match[2]) - 1, column: Number(match[3]) - 1 });
    if (frames.length === 10) break;
  }
  return frames;
}

/**
 * The crash of a test file, from what it printed to stderr: Node prints the place first
 * (`file:///…/solution.ts:3`, the source line, a caret under the column), then the error's name
 * and message. Without such lines, the file itself is the place.
 */
export function crashFromStderr(text: string, testFile: string, name: string): RunCrash {
  const lines = text.split(/\r?\n/);
  let location: SourcePoint | undefined;
  for (let k = 0; k < lines.length && !location; k++) {
    const match = /^((?:file:\/\/)?(?:\/|[A-Za-z]:[\\/]).*?):(\d+)$/.exec(lines[k]);
    const file = match ? toPath(match[1]) : undefined;
    if (!match || !file) continue;
    const caret = lines[k + 2]?.match(/^(\s*)\^+\s*$/);
    location = { file, line: Number(match[2]) - 1, ...(caret ? { column: caret[1].length } : {}) };
  }
  const errorLine = lines.find((line) => /^(?:Uncaught )?[A-Z][\w$]*(?:Error|Exception)\b(?: \[[A-Z0-9_]+\])?(?::|$)/.test(line));
  if (!location) {
    const frame = stackFrames(text)[0];
    if (frame) location = frame;
  }
  const message = errorLine?.trim() ?? `${name} stopped before its tests ran`;
  return { message, location: location ?? { file: testFile, line: 0 }, detail: text.trim() || `${name} failed to run and printed nothing.` };
}

function isFileItself(name: string, file: string): boolean {
  return name === file || name === path.basename(file) || file.endsWith(`/${name}`) || file.endsWith(`\\${name}`);
}

function stderrOf(stderr: Map<string, string>, file: string): string {
  for (const [key, text] of stderr) if (key === file || path.basename(key) === path.basename(file)) return text;
  return '';
}

function toPath(text: string): string | undefined {
  if (!text.startsWith('file://')) return text;
  try {
    return fileURLToPath(text);
  } catch {
    return undefined;
  }
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
