// Reads the JSON report runners/unittest_report.py writes at the end of a unittest run. It is written
// whole (to a temporary file, then renamed), so a report that does not parse, or is of another run,
// is not read at all.
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

export const PYTHON_REPORT_FORMAT = 'interview-prep-unittest';

const STATUSES: readonly CaseStatus[] = ['passed', 'failed', 'errored', 'skipped'];

export function parsePythonReport(text: string, runId: string): RunReport {
  if (text.length > MAX_REPORT_BYTES) return { ok: false, reason: 'the report is too large to be one of ours' };
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch {
    return { ok: false, reason: text.trim() ? 'the report is garbled' : 'the report is empty' };
  }
  if (!isObject(report) || report.format !== PYTHON_REPORT_FORMAT || report.version !== 1)
    return { ok: false, reason: 'the report is not one the runner wrote' };
  if (report.runId !== runId) return { ok: false, reason: 'the report is from another run' };
  if (!Array.isArray(report.cases) || !Array.isArray(report.crashes)) return { ok: false, reason: 'the report is garbled' };
  const cases: CaseResult[] = [];
  for (const entry of report.cases) {
    const result = caseOf(entry);
    if (!result) return { ok: false, reason: 'the report is garbled' };
    cases.push(result);
  }
  const crashes: RunCrash[] = [];
  for (const entry of report.crashes) {
    if (!isObject(entry)) return { ok: false, reason: 'the report is garbled' };
    const detail = stringField(entry, 'traceback') ?? '';
    const location = pointOf(entry);
    crashes.push({ message: stringField(entry, 'message', 2_000) ?? 'the test module could not be imported', detail, ...(location ? { location } : {}) });
  }
  const exitCode = numberField(report, 'exitCode');
  return { ok: true, cases, crashes, ...(exitCode !== undefined ? { exitCode } : {}) };
}

function caseOf(entry: unknown): CaseResult | undefined {
  if (!isObject(entry)) return undefined;
  const key = stringField(entry, 'id', 2_000);
  const status = entry.status;
  if (!key || typeof status !== 'string' || !STATUSES.includes(status as CaseStatus) || !Array.isArray(entry.messages)) return undefined;
  const failures: CaseFailure[] = [];
  for (const message of entry.messages) {
    if (!isObject(message)) return undefined;
    failures.push(failureOf(message));
  }
  const location = pointOf(entry);
  const durationMs = numberField(entry, 'durationMs');
  return {
    key,
    names: unittestNames(key),
    status: status as CaseStatus,
    failures,
    ...(key.split('.').length >= 3 ? { parentKey: key.slice(0, key.lastIndexOf('.')) } : {}),
    ...(location ? { location } : {}),
    ...(durationMs !== undefined ? { durationMs } : {}),
  };
}

function failureOf(message: Record<string, unknown>): CaseFailure {
  const subTest = stringField(message, 'subTest', 1_000);
  const text = stringField(message, 'message') ?? 'the test failed';
  const failure: CaseFailure = { message: subTest ? `${subTest}: ${text}` : text };
  const expected = stringField(message, 'expected');
  const actual = stringField(message, 'actual');
  if (expected !== undefined && actual !== undefined) {
    failure.expected = expected;
    failure.actual = actual;
  }
  const location = pointOf(message);
  if (location) failure.location = location;
  const raisedAt = isObject(message.raisedAt) ? pointOf(message.raisedAt) : undefined;
  if (raisedAt) failure.stack = location ? [raisedAt, location] : [raisedAt];
  const detail = stringField(message, 'traceback');
  if (detail) failure.detail = detail;
  return failure;
}

function pointOf(entry: Record<string, unknown>): SourcePoint | undefined {
  const file = stringField(entry, 'file', 4_000);
  const line = lineField(entry, 'line');
  return file && line !== undefined ? { file, line } : undefined;
}

/** `test_solution.TestX.test_y` → the suite and case names, `["TestX", "test_y"]`. */
export function unittestNames(id: string): string[] {
  const parts = id.split('.');
  return parts.length >= 3 ? parts.slice(-2) : parts.slice(-1);
}
