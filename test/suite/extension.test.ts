import * as assert from 'node:assert/strict';
import { existsSync, promises as fs, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { InterviewPrepApi } from '../../src/extension';
import { Commands, EXTENSION_ID, Panels } from '../../src/ids';
import type { TreeNode } from '../../src/tree/questionTree';
import { activateExtension, recordTiming, waitFor, workspaceRoot } from './helpers';

describe('Interview Prep in the extension host', () => {
  let api: InterviewPrepApi;
  before(async () => {
    api = await activateExtension();
  });

  it('registers every command that package.json contributes', async () => {
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.commands as { command: string }[]).map((entry) => entry.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(contributed.length >= Object.keys(Commands).length);
    for (const command of contributed) assert.ok(registered.has(command), `${command} is not registered`);
  });

  it('lists roles, then topics, then questions in the tree', async () => {
    await api.tree.setGroupBy('role');
    const roots = await api.tree.getChildren();
    const roles = roots.filter((node): node is Extract<TreeNode, { type: 'group' }> => node.type === 'group').map((node) => node.key);
    for (const role of ['AI Engineer', 'ML Engineer', 'Software Engineer']) assert.ok(roles.includes(role), `missing role ${role}: ${roles.join(', ')}`);
    const topics = await api.tree.getChildren(roots.find((node) => node.type === 'group' && node.key === 'Software Engineer'));
    assert.ok(topics.length > 0 && topics.every((node) => node.type === 'topic'));
    const questions = await api.tree.getChildren(topics[0]);
    assert.ok(questions.length > 0 && questions.every((node) => node.type === 'question'));
    const item = api.tree.getTreeItem(questions[0]);
    assert.equal(item.command?.command, Commands.openQuestion);
  });

  it('loads the workspace bank and reports its broken file under Problems', async () => {
    const index = await api.banks.index();
    assert.ok(index.question('workspace-custom-question'), 'the workspace question is loaded');
    const roots = await api.tree.getChildren();
    const problemsNode = roots.find((node) => node.type === 'problems');
    assert.ok(problemsNode, 'a problems node is shown');
    const problems = await api.tree.getChildren(problemsNode);
    const broken = problems.find((node) => node.type === 'problem' && node.problem.file.endsWith('broken-question.md') && /kind/.test(node.problem.message));
    assert.ok(broken && broken.type === 'problem');
    assert.equal(broken.problem.line, 5);
    assert.match(broken.problem.message, /kind "concpt" is not one of/);
  });

  it('opens a question in the drill webview', async () => {
    recordTiming('activationMs', api.activationMs);
    const shown = new Promise<{ questionId: string; renderMs: number; webviewMs?: number }>((resolve) => api.drill.onDidShowQuestion(resolve));
    const started = Date.now();
    await vscode.commands.executeCommand(Commands.openQuestion, 'workspace-custom-question');
    const rendered = await shown;
    recordTiming('commandToRenderedDrillMs', Date.now() - started);
    // Of which: creating the webview until its script runs and says it is ready.
    if (rendered.webviewMs !== undefined) recordTiming('commandToDrillWebviewReadyMs', rendered.webviewMs);
    assert.equal(rendered.questionId, 'workspace-custom-question');
    const tab = await waitFor('the drill tab', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((candidate) => candidate.input instanceof vscode.TabInputWebview && candidate.input.viewType.endsWith(Panels.drill)),
    );
    assert.equal(tab.label, 'A workspace question');

    // The panel is open now: the next question goes to the same webview.
    const next = new Promise<{ questionId: string }>((resolve) =>
      api.drill.onDidShowQuestion((shownNow) => shownNow.questionId === 'workspace-math-question' && resolve(shownNow)),
    );
    const again = Date.now();
    await vscode.commands.executeCommand(Commands.openQuestion, 'workspace-math-question');
    await next;
    recordTiming('commandToRenderedDrillOpenPanelMs', Date.now() - again);
    await waitFor('the tab renamed', () => (tab.group.tabs.some((candidate) => candidate.label === 'Softmax with a hostile twist') ? true : undefined));
  });

  it('scaffolds an exercise without overwriting what the user wrote', async () => {
    const first = await api.exercises.scaffold('reverse-string', 'python');
    assert.ok(first);
    const folder = path.join(workspaceRoot(), 'interview-exercises', 'reverse-string');
    assert.equal(first.folder, folder);
    for (const name of ['solution.py', 'test_solution.py', 'timed_test.py', 'README.md', '.interview-prep.json'])
      assert.ok(existsSync(path.join(folder, name)), `${name} exists`);
    assert.ok(!existsSync(path.join(folder, 'reference.py')), 'the reference solution is not scaffolded');
    const solution = path.join(folder, 'solution.py');
    await fs.writeFile(solution, '# my own work\n');
    const second = await api.exercises.scaffold('reverse-string', 'python');
    assert.deepEqual(second?.created, []);
    assert.equal(readFileSync(solution, 'utf8'), '# my own work\n');
    const stub = readFileSync(path.join(api.banks.sources().at(-1)!.path, 'exercises', 'reverse-string', 'python', 'solution.py'), 'utf8');
    await fs.writeFile(solution, stub);
  });

  it('runs the tests in a terminal and reads the exit code back', async () => {
    const failing = await api.exercises.runTests(path.join(workspaceRoot(), 'interview-exercises', 'reverse-string'), 'python');
    assert.equal(failing?.passed, false);
    assert.notEqual(failing?.exitCode, 0);
    const terminal = vscode.window.terminals.find((candidate) => candidate.name === 'Interview Prep: reverse-string');
    assert.ok(terminal, 'the terminal is named for the exercise');
    const reference = path.join(api.banks.sources().at(-1)!.path, 'exercises', 'reverse-string', 'python', 'reference.py');
    await fs.copyFile(reference, path.join(workspaceRoot(), 'interview-exercises', 'reverse-string', 'solution.py'));
    const passing = await api.exercises.runTests(path.join(workspaceRoot(), 'interview-exercises', 'reverse-string'), 'python');
    assert.equal(passing?.exitCode, 0);
    assert.equal(passing?.passed, true);
    assert.equal(vscode.window.terminals.filter((candidate) => candidate.name === 'Interview Prep: reverse-string').length, 1, 'the terminal is reused');
  });

  it('publishes language-server diagnostics for a broken bank file', async () => {
    const file = vscode.Uri.file(path.join(workspaceRoot(), '.interview-prep', 'questions', 'broken-question.md'));
    await vscode.window.showTextDocument(file);
    const diagnostics = await waitFor('diagnostics', () => {
      const found = vscode.languages.getDiagnostics(file).filter((diagnostic) => diagnostic.source === 'interview-prep');
      return found.length > 0 ? found : undefined;
    });
    const kind = diagnostics.find((diagnostic) => /kind "concpt"/.test(diagnostic.message));
    assert.ok(kind, diagnostics.map((diagnostic) => diagnostic.message).join('; '));
    assert.equal(kind.range.start.line, 4);
    assert.equal(kind.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(api.languageClient.running);
  });

  it('restarts the language server on the new bank folders when the setting changes', async () => {
    const extra = mkdtempSync(path.join(os.tmpdir(), 'interview-prep-extra-bank-'));
    const broken = path.join(extra, 'added-later.md');
    writeFileSync(
      broken,
      [
        '---',
        'id: added-later',
        'title: Added later',
        'roles: [AI Engineer]',
        'topic: Settings',
        'kind: concept',
        'difficulty: medum',
        'time: 5',
        '---',
        '',
        'Why?',
        '',
        '## Answer',
        'Because.',
        '',
      ].join('\n'),
    );
    const config = () => vscode.workspace.getConfiguration('interviewPrep');
    try {
      await config().update('bankFolders', [extra], vscode.ConfigurationTarget.Global);
      await waitFor('the server restarted on the new folder', () => (api.languageClient.serving?.includes(extra) ? true : undefined));
      const uri = vscode.Uri.file(broken);
      await vscode.window.showTextDocument(uri);
      const found = await waitFor('a diagnostic in the new bank', () =>
        vscode.languages.getDiagnostics(uri).find((diagnostic) => /difficulty "medum"/.test(diagnostic.message)),
      );
      assert.equal(found.range.start.line, 6);
    } finally {
      await config().update('bankFolders', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the server back on the old folders', () => (api.languageClient.serving && !api.languageClient.serving.includes(extra) ? true : undefined));
  });
});
