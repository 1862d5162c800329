// Watches the bank folders that are not built in. Changes arrive in bursts (a git checkout, a
// save-all), so they are collected and handed over once the burst is over.
import { statSync } from 'node:fs';
import * as vscode from 'vscode';
import type { BankSource } from '../bank/bankIndex';
import { Disposable, DisposableGroup } from '../common/disposable';
import { Debouncer } from '../common/timers';

/** What changed since the last batch: files by the source they belong to, and whether a folder appeared. */
export interface ChangeBatch {
  files: Map<string, BankSource>;
  /** A folder appeared in a bank: its files may have arrived before its watch did, so walk the banks again. */
  rescan: boolean;
}

const BURST_MS = 150;

export class BankWatcher extends Disposable {
  private readonly watchers = this.register(new DisposableGroup());
  private readonly burst = this.register(new Debouncer());
  private batch: ChangeBatch = { files: new Map(), rescan: false };

  constructor(private readonly onBatch: (batch: ChangeBatch) => void) {
    super();
  }

  /** Watches `sources` from now on, in place of what was watched before. */
  watch(sources: readonly BankSource[]): void {
    this.watchers.clear();
    for (const source of sources) {
      if (source.kind === 'builtin') continue;
      // Folders too: files created together with their folder (a copy, a clone) can arrive before
      // the watch on the new folder does, so a new folder is walked as a whole.
      const watcher = this.watchers.add(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(source.path), '**/*')));
      const changed = (uri: vscode.Uri): void => {
        if (uri.fsPath.endsWith('.md')) this.add(uri.fsPath, source);
      };
      this.watchers.add(watcher.onDidCreate((uri) => {
        if (uri.fsPath.endsWith('.md')) this.add(uri.fsPath, source);
        else if (isDirectory(uri.fsPath)) this.folderAppeared();
      }));
      this.watchers.add(watcher.onDidChange(changed));
      this.watchers.add(watcher.onDidDelete(changed));
    }
  }

  /** A change the extension made itself, handed over with the others. */
  add(file: string, source: BankSource): void {
    this.batch.files.set(file, source);
    this.burst.schedule(BURST_MS, () => this.deliver());
  }

  private folderAppeared(): void {
    this.batch.rescan = true;
    this.burst.schedule(BURST_MS, () => this.deliver());
  }

  private deliver(): void {
    const batch = this.batch;
    this.batch = { files: new Map(), rescan: false };
    this.onBatch(batch);
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
