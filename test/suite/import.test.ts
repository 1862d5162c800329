// Issue 15 §4 in the real VS Code: the import command's path (no dialogs: the files and no target
// are passed, so the default folder is used) writes a CSV's questions into the workspace bank, and
// they are in the index at once; the Anki export writes the questions in view.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { WriteReport } from '../../src/bank/import/writeQuestions';
import { Commands } from '../../src/ids';
import { activateExtension, workspaceRoot } from './helpers';

describe('Import questions', () => {
  it('imports a CSV into .interview-prep/questions/<source>/ and the questions are in the index at once', async () => {
    const api = await activateExtension();
    const source = path.join(workspaceRoot(), 'import-source');
    mkdirSync(source, { recursive: true });
    const csv = path.join(source, 'suite-cards.csv');
    writeFileSync(
      csv,
      'question,answer,difficulty\n"Why is the import suite question here?","To check the import path writes, and the index shows, this question.",hard\n"What does =1+1 give?","Nothing: it is text.",easy\n',
    );
    const target = path.join(workspaceRoot(), '.interview-prep', 'questions', 'suite-cards');
    try {
      const report = (await vscode.commands.executeCommand(Commands.importQuestions, { files: [csv] })) as WriteReport | undefined;
      assert.ok(report, 'the command returned no report');
      assert.equal(report.written.length, 2);
      assert.deepEqual(report.skipped, []);
      const index = await api.banks.index();
      const imported = report.written.map((file) => index.question(file.id));
      assert.deepEqual(
        imported.map((question) => question?.title),
        ['Why is the import suite question here?', 'What does =1+1 give?'],
      );
      assert.deepEqual(
        imported.map((question) => question?.difficulty),
        ['hard', 'easy'],
      );
      for (const question of imported) assert.equal(path.dirname(question?.file ?? ''), target);
      assert.deepEqual(
        index.problems().filter((problem) => problem.file.startsWith(target)),
        [],
      );

      const exported = path.join(source, 'anki.txt');
      await api.tree.setFilter({});
      assert.equal(await vscode.commands.executeCommand(Commands.exportForAnki, exported), exported);
      const text = readFileSync(exported, 'utf8');
      assert.match(text, /^#separator:tab\n#html:true\n#tags column:3\n/);
      assert.match(
        text,
        /Why is the import suite question here\?\tTo check the import path writes, and the index shows, this question\.\t[^\n]*difficulty::hard/,
      );
    } finally {
      rmSync(source, { recursive: true, force: true });
      rmSync(target, { recursive: true, force: true });
    }
  });
});
