// Shared helpers for the extension-host suites: waiting on conditions, never on fixed sleeps.
import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { InterviewPrepApi } from '../../src/extension';
import { EXTENSION_ID } from '../../src/ids';

export async function activateExtension(): Promise<InterviewPrepApi> {
  const extension = vscode.extensions.getExtension<InterviewPrepApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** Polls `probe` until it returns a truthy value, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return folder.uri.fsPath;
}

/** Records a measured figure for the benchmark notes (printed by the runner, never asserted). */
export function recordTiming(name: string, ms: number): void {
  const file = process.env.INTERVIEW_PREP_TIMINGS;
  if (!file) return;
  let timings: Record<string, number> = {};
  try {
    timings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
  } catch {
    // first figure
  }
  timings[name] = Math.round(ms * 10) / 10;
  writeFileSync(file, JSON.stringify(timings));
}
