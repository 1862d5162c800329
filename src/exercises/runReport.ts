// The results a test run reports for each case, read back from the machine-readable report the
// terminal run writes beside its human output (see nodeReport.ts and pythonReport.ts), and how they
// combine with the run's exit code. Pure: no `vscode`.

export type CaseStatus = 'passed' | 'failed' | 'errored' | 'skipped';

export interface SourcePoint {
  file: string;
  /** 0-based. */
  line: number;
  /** 0-based, when known. */
  column?: number;
}

export interface CaseFailure {
  message: string;
  /** The values an equality assertion compared, as text, so the editor can show their diff. */
  expected?: string;
  actual?: string;
  /** The failing line in the test file. */
  location?: SourcePoint;
  /** Frames of the stack in the exercise's files, innermost first. */
  stack?: SourcePoint[];
  /** The whole traceback or stack as the runner printed it. */
  detail?: string;
}

export interface CaseResult {
  /** The same key discovery gives the case (see testDiscovery.ts). */
  key: string;
  /** Its names from the outermost suite down (the last is its label). */
  names: string[];
  /** The key of the suite (or test) it is in, if any: where a case not found before the run goes. */
  parentKey?: string;
  /** Where it is declared, when the report says. */
  location?: SourcePoint;
  status: CaseStatus;
  durationMs?: number;
  failures: CaseFailure[];
}

/** A test file that stopped before (or while) its cases ran: a syntax error, an import error. */
export interface RunCrash {
  message: string;
  location?: SourcePoint;
  detail: string;
}

export type RunReport = { ok: true; cases: CaseResult[]; crashes: RunCrash[]; exitCode?: number } | { ok: false; reason: string };

export interface CaseCounts {
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  total: number;
}

/** A report this large is not one the runners write: it is read as garbled, not parsed. */
export const MAX_REPORT_BYTES = 8 * 1024 * 1024;

export function caseCounts(cases: readonly CaseResult[]): CaseCounts {
  const counts: CaseCounts = { passed: 0, failed: 0, errored: 0, skipped: 0, total: cases.length };
  for (const result of cases) counts[result.status]++;
  return counts;
}

/** "5/7 passing", leaving out skipped cases. */
export function countsText(counts: CaseCounts): string {
  return `${counts.passed}/${counts.total - counts.skipped} passing`;
}

export interface RunOutcome {
  /** Whether the exercise is green; undefined when neither the exit code nor the report can say. */
  passed: boolean | undefined;
  counts?: CaseCounts;
  /** Said to the user beside the result: why there are no per-case results, or why they disagree with the exit code. */
  note?: string;
}

/**
 * The run's result from its exit code and its report. The exit code decides whenever there is one;
 * the report adds the per-case counts, and can only make a result worse: a run is green when the
 * tests exited 0 and the report, if read, has no failing case and no crash. A report that was not
 * read leaves the exit code's result, with the reason as a note. Without an exit code (no shell
 * integration), a complete report of this run decides alone.
 */
export function runOutcome(exitCode: number | undefined, report: RunReport): RunOutcome {
  if (!report.ok) {
    const said = exitCode === undefined ? 'the result is in the terminal' : `the result is the exit code's (${exitCode})`;
    return { passed: exitCode === undefined ? undefined : exitCode === 0, note: `No per-case results: ${report.reason}; ${said}.` };
  }
  const counts = caseCounts(report.cases);
  const bad = counts.failed + counts.errored + report.crashes.length;
  const ran = counts.total - counts.skipped;
  if (exitCode === undefined) {
    return { passed: bad === 0 && ran > 0, counts, note: "The shell did not report an exit code; the result is the report's." };
  }
  if (exitCode === 0 && bad > 0) return { passed: false, counts, note: `The tests exited 0, but the report has ${bad} failing case${bad === 1 ? '' : 's'}.` };
  if (exitCode !== 0 && bad === 0)
    return { passed: false, counts, note: `Every case that reported passed, but the tests exited with code ${exitCode}: read the terminal.` };
  return { passed: exitCode === 0, counts };
}

// ---------------------------------------------------------------------------------------------
// Reading untrusted JSON: a report is written by code in the workspace, so nothing in it is
// assumed to have the shape the runners give it.

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(value: Record<string, unknown>, key: string, limit = 20_000): string | undefined {
  const field = value[key];
  if (typeof field !== 'string') return undefined;
  return field.length > limit ? `${field.slice(0, limit)}…` : field;
}

export function numberField(value: Record<string, unknown>, key: string): number | undefined {
  const field = value[key];
  return typeof field === 'number' && Number.isFinite(field) ? field : undefined;
}

/** A 1-based line number from a report as 0-based, if it is one. */
export function lineField(value: Record<string, unknown>, key: string): number | undefined {
  const line = numberField(value, key);
  return line !== undefined && Number.isInteger(line) && line >= 1 ? line - 1 : undefined;
}
