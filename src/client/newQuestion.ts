// "New Question": a question file from the template, in a bank folder the user picks.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { slugify } from '../bank/plainMarkdown';
import type { BankService } from '../workspaceBanks/bankService';
import { questionTemplate } from '../bank/template';

export async function newQuestion(banks: BankService): Promise<vscode.Uri | undefined> {
  const writable = banks.sources().filter((source) => source.kind !== 'builtin');
  if (writable.length === 0) {
    void vscode.window.showInformationMessage(
      'Interview Prep: open a workspace folder first; new questions go into its .interview-prep/questions/ folder or a configured bank folder.',
    );
    return undefined;
  }
  const picked =
    writable.length === 1
      ? writable[0]
      : (
          await vscode.window.showQuickPick(
            writable.map((source) => ({
              label: vscode.workspace.asRelativePath(source.path),
              description: source.kind === 'workspace' ? 'workspace bank' : 'configured bank',
              source,
            })),
            { ignoreFocusOut: true, title: 'New question: which bank?' },
          )
        )?.source;
  if (!picked) return undefined;
  const title = await vscode.window.showInputBox({
    ignoreFocusOut: true,
    title: 'New question',
    prompt: 'Title (the id is made from it)',
    validateInput: (value) => (slugify(value) ? undefined : 'Enter a title with letters or digits'),
  });
  if (!title) return undefined;
  const id = slugify(title);
  const file = path.join(picked.path, `${id}.md`);
  await fs.mkdir(picked.path, { recursive: true });
  try {
    await fs.writeFile(file, questionTemplate(id, title.trim()), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    void vscode.window.showWarningMessage(`Interview Prep: ${vscode.workspace.asRelativePath(file)} already exists; opened it instead.`);
  }
  await banks.fileWritten(file);
  const uri = vscode.Uri.file(file);
  await vscode.window.showTextDocument(uri);
  return uri;
}
