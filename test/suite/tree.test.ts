import * as assert from 'node:assert/strict';
import { existsSync, promises as fs, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BankService } from '../../src/workspaceBanks/bankService';
import type { InterviewPrepApi } from '../../src/extension';
import { Commands } from '../../src/ids';
import type { TreeNode } from '../../src/tree/questionTree';
import { activateExtension, waitFor, workspaceRoot } from './helpers';

const groupKeys = (nodes: TreeNode[]): string[] => nodes.flatMap((node) => (node.type === 'group' ? [node.key] : []));

describe('Questions tree', () => {
  let api: InterviewPrepApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(async () => {
    await api.tree.setFilter({});
    await api.tree.setGroupBy('role');
  });

  it('switches grouping between role, difficulty, kind, topic and status', async () => {
    await api.tree.setGroupBy('difficulty');
    assert.deepEqual(groupKeys(await api.tree.getChildren()), ['easy', 'medium', 'hard']);
    await api.tree.setGroupBy('kind');
    assert.deepEqual(groupKeys(await api.tree.getChildren()), ['concept', 'coding', 'system-design', 'behavioral', 'pitch', 'quiz']);
    await api.tree.setGroupBy('status');
    const statuses = groupKeys(await api.tree.getChildren());
    assert.ok(statuses.includes('new') && statuses.every((status) => ['due', 'learning', 'new', 'mastered'].includes(status)), statuses.join(', '));
    await api.tree.setGroupBy('topic');
    const topics = await api.tree.getChildren();
    const workspacePractice = topics.find((node) => node.type === 'group' && node.key === 'Workspace practice');
    assert.ok(workspacePractice);
    const questions = await api.tree.getChildren(workspacePractice);
    assert.deepEqual(questions.map((node) => node.type === 'question' && node.question.id).sort(), ['workspace-custom-question', 'workspace-math-question']);
    assert.equal(api.tree.getTreeItem(workspacePractice).description, '2');
  });

  it('filters by text and facets, and clears', async () => {
    await api.tree.setFilter({ text: 'workspace custom' });
    assert.deepEqual(
      (await api.tree.visibleQuestions()).map((question) => question.id),
      ['workspace-custom-question'],
    );
    await api.tree.setFilter({ difficulties: ['hard'], kinds: ['system-design'] });
    const hardDesigns = await api.tree.visibleQuestions();
    assert.ok(hardDesigns.length > 0 && hardDesigns.every((question) => question.difficulty === 'hard' && question.kind === 'system-design'));
    await vscode.commands.executeCommand(Commands.clearFilter);
    assert.ok((await api.tree.visibleQuestions()).length > 150);
  });

  it('shows a question file dropped into a bank folder without a reload', async () => {
    const file = path.join(workspaceRoot(), '.interview-prep', 'questions', 'dropped-in.md');
    const changed = new Promise<void>((resolve) => {
      const subscription = api.banks.onDidChange(() => {
        subscription.dispose();
        resolve();
      });
    });
    await fs.writeFile(
      file,
      [
        '---',
        'id: dropped-in-question',
        'title: Dropped in',
        'roles: [Software Engineer]',
        'topic: Workspace practice',
        'kind: quiz',
        'difficulty: easy',
        'time: 1',
        '---',
        '',
        'What is 2 + 2?',
        '',
        '## Answer',
        'Four.',
        '',
      ].join('\n'),
    );
    await changed;
    await api.tree.setFilter({ text: 'dropped' });
    assert.deepEqual(
      (await api.tree.visibleQuestions()).map((question) => question.id),
      ['dropped-in-question'],
    );
    await fs.unlink(file);
    await waitFor('the deleted question to leave the bank', async () => !(await api.banks.index()).question('dropped-in-question'));
  });

  it('finds the node of a question so the drilled question can be revealed', async () => {
    const node = await api.tree.nodeFor('workspace-custom-question');
    assert.ok(node && node.type === 'question');
    const parent = api.tree.getParent(node);
    assert.ok(parent && parent.type === 'topic' && parent.topic === 'Workspace practice');
    assert.equal(api.tree.getParent(parent)?.type, 'group');
  });
});

describe('Bank start-up from the cache', () => {
  it('shows the cached index at once, then replaces it when the check behind it finds a file edited meanwhile', async () => {
    const builtin = mkdtempSync(path.join(os.tmpdir(), 'interview-prep-builtin-'));
    const storage = mkdtempSync(path.join(os.tmpdir(), 'interview-prep-storage-'));
    const file = path.join(builtin, 'cached.md');
    const text = (title: string) =>
      [
        '---',
        'id: cached-question',
        `title: ${title}`,
        'roles: [AI Engineer]',
        'topic: Caching',
        'kind: concept',
        'difficulty: easy',
        'time: 2',
        '---',
        '',
        'Why cache?',
        '',
        '## Answer',
        'To start fast.',
        '',
      ].join('\n');
    writeFileSync(file, text('Before the restart'));
    const output = vscode.window.createOutputChannel('Interview Prep cache test');
    const first = new BankService(builtin, output, storage, 'cache-test');
    assert.equal((await first.index()).question('cached-question')?.title, 'Before the restart');
    await waitFor('the cache written', () => (existsSync(path.join(storage, 'bank-index.json')) ? true : undefined));
    first.dispose();

    // Edited while "VS Code was closed".
    writeFileSync(file, text('Edited while closed'));
    utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    const second = new BankService(builtin, output, storage, 'cache-test');
    try {
      const changed = new Promise<void>((resolve) => second.onDidChange(() => resolve()));
      assert.equal((await second.index()).question('cached-question')?.title, 'Before the restart', 'the first answer comes from the cache');
      await changed;
      assert.equal((await second.index()).question('cached-question')?.title, 'Edited while closed', 'the check behind it brings the edit');
    } finally {
      second.dispose();
      output.dispose();
    }
  });
});
