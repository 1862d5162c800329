// The hostile bank of test/fixtures/hostile-bank (with its generated inputs: 10 MB and 100 MB files,
// links out of the bank, a named pipe, odd names) configured as a bank folder of a real window.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { InterviewPrepApi } from '../../src/extension';
import { Commands } from '../../src/ids';
import { hostileBankCopy } from '../unit/helpers';
import { activateExtension, waitFor } from './helpers';

describe('A hostile bank in the extension host', () => {
  let api: InterviewPrepApi;
  before(async () => {
    api = await activateExtension();
  });

  it('loads beside the others, lists its bad files with positions in the tree, and the extension stays responsive', async () => {
    const hostile = hostileBankCopy();
    const config = () => vscode.workspace.getConfiguration('interviewPrep');
    const builtin = (await api.banks.index()).questions().length;
    try {
      await config().update('bankFolders', [hostile.bank], vscode.ConfigurationTarget.Global);
      const index = await waitFor(
        'the hostile bank loaded',
        async () => {
          const current = await api.banks.index();
          return current.question('hostile-script-tags') ? current : undefined;
        },
        60_000,
      );
      assert.ok(index.questions().length > builtin, 'the other banks are all still there');
      assert.equal(index.question('outside-secret'), undefined, 'nothing was read through a link out of the bank');

      const inBank = index.problems().filter((problem) => problem.file.startsWith(hostile.bank + path.sep));
      for (const name of [
        'yaml-alias-bomb.md',
        'yaml-unclosed.md',
        'yaml-tag-function.md',
        'bytes-invalid-utf8.md',
        'bytes-binary.md',
        'too-large-10mb.md',
        'sparse-100mb.md',
      ]) {
        const found = inBank.find((problem) => path.basename(problem.file) === name && problem.severity === 'error');
        assert.ok(found, `${name} is reported as an error`);
        assert.ok(found.line >= 1 && found.column >= 1, `${name} has a position`);
      }

      // The tree's Problems node lists them as path:line:col.
      const problemsNode = (await api.tree.getChildren()).find((node) => node.type === 'problems');
      assert.ok(problemsNode, 'a Problems node is shown');
      const rows = await api.tree.getChildren(problemsNode);
      const bomb = rows.find((node) => node.type === 'problem' && node.problem.file.endsWith('yaml-alias-bomb.md'));
      assert.ok(bomb, 'the alias bomb is listed');
      assert.match(String(api.tree.getTreeItem(bomb).label), /yaml-alias-bomb\.md:\d+:\d+$/);

      // Still responsive: a hostile question opens and renders in the drill panel.
      const shown = new Promise<void>((resolve) => api.drill.onDidShowQuestion(({ questionId }) => questionId === 'hostile-macro-bombs' && resolve()));
      await vscode.commands.executeCommand(Commands.openQuestion, 'hostile-macro-bombs');
      await shown;
    } finally {
      await config().update('bankFolders', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    await waitFor('the hostile bank unloaded', async () => ((await api.banks.index()).question('hostile-script-tags') ? undefined : true), 60_000);
  });
});
