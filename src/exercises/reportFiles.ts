// The report files of test runs: one per run, in the extension's storage (never in the exercise
// folder), named by the run's random id, read once and then deleted. Pure Node: no `vscode`.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Language } from '../bank/model';
import { parseJUnitReport } from './junitReport';
import { parseNodeReport } from './nodeReport';
import { parsePythonReport } from './pythonReport';
import { MAX_REPORT_BYTES, type RunReport } from './runReport';

/** Reports older than this are left by runs that never finished (a closed window): they are removed. */
const LEFTOVER_MS = 24 * 60 * 60_000;

/** A fresh run id: hex, so it needs no quoting in a shell or a URL. */
export function newRunId(): string {
  return randomBytes(12).toString('hex');
}

/** The folder for reports, created, with reports left by earlier sessions removed. */
export async function reportsFolder(storageDir: string): Promise<string> {
  const dir = path.join(storageDir, 'test-reports');
  await fs.mkdir(dir, { recursive: true });
  const now = Date.now();
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat && now - stat.mtimeMs > LEFTOVER_MS) await fs.rm(file, { force: true }).catch(() => undefined);
  }
  return dir;
}

/** Which report a run writes: the one of its language's runner, or pytest's JUnit XML. */
export type ReportKind = Language | 'junit';

/** For a JUnit report: where the tests ran (its paths are relative) and when the run started. */
export interface ReportContext {
  folder: string;
  startedAt: number;
}

export function reportFile(dir: string, runId: string, kind: ReportKind): string {
  return path.join(dir, `${runId}.${kind === 'python' ? 'json' : kind === 'junit' ? 'xml' : 'jsonl'}`);
}

export function parseReport(kind: ReportKind, text: string, runId: string, context?: ReportContext): RunReport {
  if (kind === 'junit') return parseJUnitReport(text, context?.folder ?? process.cwd(), context?.startedAt);
  return kind === 'python' ? parsePythonReport(text, runId) : parseNodeReport(text, runId);
}

/** Reads and parses the run's report; it is read only once, so the file is deleted after. */
export async function readReport(file: string, kind: ReportKind, runId: string, context?: ReportContext): Promise<RunReport> {
  const report = await peekReport(file, kind, runId, context);
  await fs.rm(file, { force: true }).catch(() => undefined);
  return report;
}

/**
 * Waits for the run's report to be complete, for a run whose end the terminal cannot tell (no shell
 * integration): polls until it parses, `timeoutMs` passes or `stopped()` says to give up.
 */
export async function awaitReport(
  file: string,
  kind: ReportKind,
  runId: string,
  timeoutMs: number,
  stopped: () => boolean,
  intervalMs = 250,
  context?: ReportContext,
): Promise<RunReport> {
  const deadline = Date.now() + timeoutMs;
  let last: RunReport = { ok: false, reason: 'the run wrote no report' };
  while (Date.now() < deadline && !stopped()) {
    last = await peekReport(file, kind, runId, context);
    if (last.ok) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  await fs.rm(file, { force: true }).catch(() => undefined);
  return last.ok || Date.now() < deadline ? last : { ok: false, reason: `${last.reason} (gave up waiting after ${Math.round(timeoutMs / 1000)} s)` };
}

async function peekReport(file: string, kind: ReportKind, runId: string, context?: ReportContext): Promise<RunReport> {
  let stat;
  try {
    stat = await fs.lstat(file);
  } catch {
    return { ok: false, reason: 'the run wrote no report' };
  }
  if (!stat.isFile()) return { ok: false, reason: 'the report is not a file' };
  if (stat.size > MAX_REPORT_BYTES) return { ok: false, reason: 'the report is too large to be one of ours' };
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return { ok: false, reason: 'the report could not be read' };
  return parseReport(kind, text, runId, context);
}
