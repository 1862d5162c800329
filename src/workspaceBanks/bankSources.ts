// Which bank folders this window reads, in the order that wins an id: the workspace's own folder,
// then the configured folders, then the built-in bank.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BankSource } from '../bank/bankIndex';
import type { LoadOptions } from '../bank/fileEntry';
import { setting } from '../config/config';
import { WORKSPACE_BANK_FOLDER } from '../ids';

export function bankSources(builtinBank: string): BankSource[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const sources: BankSource[] = folders.map((folder) => ({ path: path.join(folder.uri.fsPath, WORKSPACE_BANK_FOLDER), kind: 'workspace' }));
  for (const entry of setting('bankFolders')) {
    if (typeof entry !== 'string' || !entry.trim()) continue;
    if (path.isAbsolute(entry)) sources.push({ path: entry, kind: 'setting' });
    else for (const folder of folders) sources.push({ path: path.join(folder.uri.fsPath, entry), kind: 'setting' });
  }
  sources.push({ path: builtinBank, kind: 'builtin' });
  return sources;
}

export function loadOptions(): LoadOptions {
  return { defaultMinutes: setting('defaultTimeMinutes') };
}
