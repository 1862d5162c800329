// "Import Questions…" and "Export Questions for Anki…": the dialogs around the pure core in
// src/bank/import/. Nothing is written before the user has seen what was found.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadDetail } from '../bank/detail';
import { ankiExport, type AnkiCard } from '../bank/import/ankiExport';
import { slugOf } from '../bank/import/questionFile';
import { readImportPaths, sourceName } from '../bank/import/readFiles';
import { IMPORT_EXTENSIONS } from '../bank/import/readImport';
import type { ImportedItem } from '../bank/import/types';
import { writeQuestions, type WriteReport } from '../bank/import/writeQuestions';
import type { QuestionTreeProvider } from '../tree/questionTree';
import type { BankService } from '../workspaceBanks/bankService';

/** What a caller (a test, another command) may pass to skip the dialogs. */
export interface ImportRequest {
  files: string[];
  target?: string;
  role?: string;
  topic?: string;
}

function isImportRequest(arg: unknown): arg is ImportRequest {
  return (
    typeof arg === 'object' &&
    arg !== null &&
    Array.isArray((arg as ImportRequest).files) &&
    (arg as ImportRequest).files.every((file) => typeof file === 'string')
  );
}

const summary = (item: ImportedItem) =>
  [
    item.roles.join(', ') || 'no role',
    item.topic ?? 'no topic',
    item.difficulty ?? 'no difficulty',
    ...(item.kind && item.kind !== 'concept' ? [item.kind] : []),
  ].join(' · ');

/** The bank folder new imports go to by default: the workspace bank, in a sub-folder named after the source. */
function defaultTarget(banks: BankService, name: string): string | undefined {
  const workspace = banks.sources().find((source) => source.kind === 'workspace');
  return workspace ? path.join(workspace.path, slugOf(name, 40)) : undefined;
}

async function pickItems(items: ImportedItem[]): Promise<ImportedItem[] | undefined> {
  const picks = items.map((item) => ({ label: item.title, description: summary(item), detail: item.origin, picked: true, item }));
  const chosen = await vscode.window.showQuickPick(picks, {
    canPickMany: true,
    ignoreFocusOut: true,
    matchOnDescription: true,
    title: `Import questions: ${items.length} found (untick any you do not want)`,
  });
  return chosen?.map((pick) => pick.item);
}

/** Lets the user set a role or a topic for every item; undefined when cancelled. */
async function pickOverrides(count: number): Promise<{ role?: string; topic?: string } | undefined> {
  const overrides: { role?: string; topic?: string } = {};
  for (;;) {
    const write = `Write ${count} question(s)`;
    const options = [
      {
        label: write,
        description:
          [overrides.role && `role ${overrides.role}`, overrides.topic && `topic ${overrides.topic}`].filter(Boolean).join(', ') || 'roles and topics as found',
      },
      { label: 'Set a role for all…' },
      { label: 'Set a topic for all…' },
    ];
    const choice = await vscode.window.showQuickPick(options, { ignoreFocusOut: true, title: 'Import questions' });
    if (!choice) return undefined;
    if (choice.label === write) return overrides;
    const role = choice.label.includes('role');
    const value = await vscode.window.showInputBox({
      ignoreFocusOut: true,
      title: role ? 'Role for every imported question' : 'Topic for every imported question',
      value: role ? overrides.role : overrides.topic,
    });
    if (value?.trim()) overrides[role ? 'role' : 'topic'] = value.trim();
  }
}

async function pickTarget(suggested: string | undefined): Promise<string | undefined> {
  const other = 'Choose another folder…';
  if (suggested) {
    const choice = await vscode.window.showQuickPick(
      [
        { label: vscode.workspace.asRelativePath(suggested), description: 'default', target: suggested },
        { label: other, target: undefined },
      ],
      { ignoreFocusOut: true, title: 'Import questions into which bank folder?' },
    );
    if (!choice) return undefined;
    if (choice.target) return choice.target;
  }
  const [folder] =
    (await vscode.window.showOpenDialog({ title: 'Import questions into', canSelectFiles: false, canSelectFolders: true, canSelectMany: false })) ?? [];
  return folder?.fsPath;
}

/** Reads, writes and tells the bank: the path both the dialogs and a caller's request go through. */
export async function importInto(
  banks: BankService,
  output: vscode.OutputChannel,
  items: ImportedItem[],
  target: string,
  skipped: readonly string[],
): Promise<WriteReport> {
  const taken = new Set((await banks.index()).questions().map((question) => question.id));
  const report = writeQuestions(target, items, { takenIds: taken });
  report.skipped.unshift(...skipped);
  await banks.filesWritten(report.written.map((file) => file.file));
  output.appendLine(`Import into ${target}: ${report.written.length} question file(s) written, ${report.skipped.length} skipped.`);
  for (const file of report.written) output.appendLine(`  wrote ${path.basename(file.file)} (${file.item.origin})`);
  for (const reason of report.skipped) output.appendLine(`  skipped ${reason}`);
  const inside = (folder: string) => {
    const relative = path.relative(path.resolve(folder), path.resolve(target));
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };
  if (!banks.sources().some((source) => source.kind !== 'builtin' && inside(source.path))) {
    output.appendLine(`  ${target} is not in a bank folder: add it to the interviewPrep.bankFolders setting to see these questions.`);
  }
  return report;
}

export async function importQuestions(banks: BankService, output: vscode.OutputChannel, arg?: unknown): Promise<WriteReport | undefined> {
  const request = isImportRequest(arg) ? arg : undefined;
  const files =
    request?.files ??
    (
      await vscode.window.showOpenDialog({
        title: 'Import questions from files or a folder',
        canSelectFiles: true,
        canSelectFolders: true,
        canSelectMany: true,
        filters: { 'Questions (markdown, CSV, TSV, Anki .txt)': IMPORT_EXTENSIONS },
      })
    )?.map((uri) => uri.fsPath);
  if (!files?.length) return undefined;
  const found = await readImportPaths(files);
  if (found.items.length === 0) {
    output.appendLine(`Import: no question found in ${files.join(', ')}.`);
    for (const reason of found.skipped) output.appendLine(`  skipped ${reason}`);
    void vscode.window.showWarningMessage(
      `Interview Prep: no question found to import${found.skipped.length ? ` (${found.skipped.length} skipped: see the log)` : ''}.`,
    );
    return undefined;
  }
  const items = request ? found.items : await pickItems(found.items);
  if (!items?.length) return undefined;
  const overrides = request ? { role: request.role, topic: request.topic } : await pickOverrides(items.length);
  if (!overrides) return undefined;
  const adjusted = items.map((item) => ({ ...item, roles: overrides.role ? [overrides.role] : item.roles, topic: overrides.topic ?? item.topic }));
  const target = request?.target ?? defaultTarget(banks, sourceName(files));
  const chosen = request ? target : await pickTarget(target);
  if (!chosen) {
    if (request) void vscode.window.showWarningMessage('Interview Prep: open a workspace folder, or name a target folder, to import into.');
    return undefined;
  }
  const report = await importInto(banks, output, adjusted, chosen, found.skipped);
  const show = 'Show Log';
  void vscode.window
    .showInformationMessage(
      `Interview Prep: imported ${report.written.length} question(s) into ${vscode.workspace.asRelativePath(chosen)}${report.skipped.length ? `; ${report.skipped.length} skipped` : ''}.`,
      show,
    )
    .then((choice) => {
      if (choice === show) output.show();
    });
  return report;
}

export async function exportForAnki(tree: QuestionTreeProvider, output: vscode.OutputChannel, target?: string): Promise<string | undefined> {
  const questions = await tree.visibleQuestions();
  if (questions.length === 0) {
    void vscode.window.showInformationMessage('Interview Prep: no question in view to export (clear the filter?).');
    return undefined;
  }
  const file =
    target ??
    (
      await vscode.window.showSaveDialog({
        title: `Export ${questions.length} question(s) for Anki`,
        defaultUri: vscode.Uri.file(path.join(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir(), 'interview-prep-anki.txt')),
        filters: { 'Anki plain text': ['txt'] },
      })
    )?.fsPath;
  if (!file) return undefined;
  const cards: AnkiCard[] = [];
  for (const question of questions) {
    try {
      const detail = await loadDetail(question);
      cards.push({
        prompt: detail.prompt,
        answer: detail.answer,
        evaluation: detail.evaluation,
        roles: question.roles,
        topic: question.topic,
        difficulty: question.difficulty,
        kind: question.kind,
      });
    } catch (error) {
      output.appendLine(`Anki export: ${question.id} left out: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await fs.writeFile(file, ankiExport(cards), 'utf8');
  output.appendLine(`Anki export: ${cards.length} question(s) written to ${file}.`);
  void vscode.window.showInformationMessage(
    `Interview Prep: ${cards.length} question(s) exported for Anki to ${file}. In Anki: File › Import, note type Basic.`,
  );
  return file;
}
