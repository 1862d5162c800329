// The Questions view: the bank grouped (by role, topic, difficulty, kind or review status), then by
// topic, then questions; a "problems" node lists files that failed to load. Grouping is computed once
// per change (bank, filter, grouping), so expanding a node is a map lookup, even for 10,000 questions.
import * as vscode from 'vscode';
import type { BankIndex } from '../bank/bankIndex';
import { loadDetail } from '../bank/detail';
import type { Kind, Problem, Question } from '../bank/model';
import { formatClock } from '../bank/time';
import { Disposable } from '../common/disposable';
import type { BankService } from '../workspaceBanks/bankService';
import { Commands, ContextKeys, StateKeys } from '../ids';
import {
  applyFilter,
  countLabel,
  describeFilter,
  GROUPINGS,
  groupQuestions,
  isFilterActive,
  type GroupBy,
  type Grouped,
  type QuestionFilter,
} from './grouping';
import type { ReviewStatus } from '../progress/model';

export type TreeNode =
  | { type: 'group'; groupBy: GroupBy; key: string }
  | { type: 'topic'; groupBy: GroupBy; key: string; topic: string }
  | { type: 'question'; question: Question; groupBy: GroupBy; key: string; topic: string }
  | { type: 'problems'; problems: Problem[] }
  | { type: 'problem'; problem: Problem };

const KIND_ICONS: Record<Kind, string> = {
  concept: 'lightbulb',
  coding: 'code',
  'system-design': 'server-environment',
  behavioral: 'comment-discussion',
  pitch: 'megaphone',
  quiz: 'question',
};

const GROUP_ICONS: Record<GroupBy, string> = { role: 'account', topic: 'folder-library', difficulty: 'dashboard', kind: 'symbol-class', status: 'history' };

/** The URI scheme that carries difficulty to the file decoration provider. */
export const DECORATION_SCHEME = 'interview-prep-question';

/** What the tree shows beside each question, from the services that know it. */
export interface TreeSources {
  /** Review status of a question ("new" until progress is recorded). */
  readonly statusOf: (question: Question) => ReviewStatus;
  /** The last test result of a question's exercise in this window, if it was run. */
  /** The exercise's last test run: whether it passed, and "5/7 passing" when its cases were counted. */
  readonly exerciseResultOf: (exerciseId: string) => ExerciseRunSummary | undefined;
}

export interface ExerciseRunSummary {
  passed: boolean | undefined;
  counts?: string;
}

export class QuestionTreeProvider extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = this.register(new vscode.EventEmitter<TreeNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private grouped: { index: BankIndex; grouped: Grouped } | undefined;
  private groupByValue: GroupBy;
  private filterValue: QuestionFilter;

  constructor(
    private readonly banks: BankService,
    private readonly state: vscode.Memento,
    private readonly sources: TreeSources,
  ) {
    super();
    const saved = state.get<GroupBy>(StateKeys.treeGroupBy);
    this.groupByValue = saved && GROUPINGS.includes(saved) ? saved : 'role';
    this.filterValue = state.get<QuestionFilter>(StateKeys.treeFilter) ?? {};
    this.register(banks.onDidChange(() => this.refresh()));
    void this.updateContext();
  }

  get groupBy(): GroupBy {
    return this.groupByValue;
  }

  get filter(): QuestionFilter {
    return this.filterValue;
  }

  async setGroupBy(groupBy: GroupBy): Promise<void> {
    this.groupByValue = groupBy;
    await this.state.update(StateKeys.treeGroupBy, groupBy);
    this.refresh();
  }

  async setFilter(filter: QuestionFilter): Promise<void> {
    this.filterValue = filter;
    await this.state.update(StateKeys.treeFilter, filter);
    this.refresh();
  }

  /** Keeps a question in view, selected, without taking the focus (from the drill panel, say). */
  async reveal(view: vscode.TreeView<TreeNode>, questionId: string): Promise<void> {
    const node = view.visible ? await this.nodeFor(questionId) : undefined;
    if (node) await view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
  }

  /** The view's description and message, which show the active filter. */
  async describe(view: vscode.TreeView<TreeNode>): Promise<void> {
    view.description = describeFilter(this.filterValue);
    const grouped = await this.compute();
    view.message =
      grouped.total === 0 && isFilterActive(this.filterValue)
        ? `No questions match ${describeFilter(this.filterValue)}. Clear the filter to see them all.`
        : undefined;
  }

  refresh(): void {
    this.grouped = undefined;
    this.changed.fire(undefined);
    void this.updateContext();
  }

  /** The questions currently shown (after the filter), in tree order. */
  async visibleQuestions(): Promise<Question[]> {
    const grouped = await this.compute();
    const seen = new Map<string, Question>();
    for (const topics of grouped.groups.values()) for (const list of topics.values()) for (const question of list) seen.set(question.id, question);
    return [...seen.values()];
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const grouped = await this.compute();
    const groupBy = this.groupByValue;
    if (!node) {
      const nodes: TreeNode[] = [...grouped.groups.keys()].map((key) => ({ type: 'group', groupBy, key }));
      const problems = (await this.banks.index()).problems();
      if (problems.length > 0) nodes.push({ type: 'problems', problems });
      return nodes;
    }
    switch (node.type) {
      case 'group': {
        const topics = grouped.groups.get(node.key);
        if (!topics) return [];
        if (node.groupBy === 'topic') return (topics.get('') ?? []).map((question) => ({ type: 'question', question, groupBy, key: node.key, topic: '' }));
        return [...topics.keys()].map((topic) => ({ type: 'topic', groupBy, key: node.key, topic }));
      }
      case 'topic':
        return (grouped.groups.get(node.key)?.get(node.topic) ?? []).map((question) => ({
          type: 'question',
          question,
          groupBy,
          key: node.key,
          topic: node.topic,
        }));
      case 'problems':
        return node.problems.map((problem) => ({ type: 'problem', problem }));
      default:
        return [];
    }
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (node.type === 'question') {
      return node.groupBy === 'topic'
        ? { type: 'group', groupBy: node.groupBy, key: node.key }
        : { type: 'topic', groupBy: node.groupBy, key: node.key, topic: node.topic };
    }
    if (node.type === 'topic') return { type: 'group', groupBy: node.groupBy, key: node.key };
    return undefined;
  }

  /** The node showing a question (under its first group), for `TreeView.reveal`. */
  async nodeFor(questionId: string): Promise<TreeNode | undefined> {
    const grouped = await this.compute();
    for (const [key, topics] of grouped.groups) {
      for (const [topic, list] of topics) {
        const question = list.find((candidate) => candidate.id === questionId);
        if (question) return { type: 'question', question, groupBy: this.groupByValue, key, topic };
      }
    }
    return undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        const item = new vscode.TreeItem(groupLabel(node.groupBy, node.key), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `group:${node.groupBy}:${node.key}`;
        item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.groupBy]);
        item.description = countLabel(this.questionsUnder(node), this.sources.statusOf);
        item.accessibilityInformation = { label: `${item.label as string}, ${item.description} questions` };
        item.contextValue = `group.${node.groupBy}`;
        return item;
      }
      case 'topic': {
        const item = new vscode.TreeItem(node.topic, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `topic:${node.groupBy}:${node.key}/${node.topic}`;
        item.iconPath = new vscode.ThemeIcon('folder-library');
        item.description = countLabel(this.questionsUnder(node), this.sources.statusOf);
        item.accessibilityInformation = { label: `${node.topic}, ${item.description} questions` };
        item.contextValue = 'topic';
        return item;
      }
      case 'question':
        return questionItem(
          node,
          this.sources.statusOf(node.question),
          node.question.exercise ? this.sources.exerciseResultOf(node.question.exercise) : undefined,
        );
      case 'problems': {
        const errors = node.problems.filter((problem) => problem.severity === 'error').length;
        const warnings = node.problems.length - errors;
        const item = new vscode.TreeItem('Problems', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'problems';
        item.description = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon(
          errors ? 'error' : 'warning',
          new vscode.ThemeColor(errors ? 'problemsErrorIcon.foreground' : 'problemsWarningIcon.foreground'),
        );
        item.accessibilityInformation = { label: `Problems, ${item.description}` };
        item.tooltip = 'Bank files that failed to load or have warnings. Select one to open it at the problem.';
        item.contextValue = 'problems';
        return item;
      }
      case 'problem': {
        const { problem } = node;
        const item = new vscode.TreeItem(`${vscode.workspace.asRelativePath(problem.file)}:${problem.line}:${problem.column}`);
        item.id = `problem:${problem.file}:${problem.line}:${problem.column}:${problem.code ?? problem.message}`;
        item.description = problem.message;
        item.tooltip = `${problem.severity}: ${problem.message}`;
        item.accessibilityInformation = { label: `${problem.severity} in ${item.label as string}: ${problem.message}` };
        item.iconPath = new vscode.ThemeIcon(problem.severity === 'error' ? 'error' : 'warning');
        item.command = { command: Commands.openProblem, title: 'Open File at Problem', arguments: [problem] };
        item.contextValue = 'problem';
        return item;
      }
    }
  }

  /** Tooltips render a short summary of the prompt only when hovered, so loading stays markdown-free. */
  async resolveTreeItem(item: vscode.TreeItem, node: TreeNode): Promise<vscode.TreeItem> {
    if (node.type !== 'question' || !(item.tooltip instanceof vscode.MarkdownString)) return item;
    try {
      const detail = await loadDetail(node.question);
      const summary = detail.prompt.length > 400 ? `${detail.prompt.slice(0, 400).trimEnd()}…` : detail.prompt;
      item.tooltip.appendMarkdown(`\n\n---\n\n${summary}`);
    } catch {
      // the file went away; the tree refreshes on its own
    }
    return item;
  }

  /** The questions shown under a group or topic node. */
  async questionsIn(node: Extract<TreeNode, { type: 'group' | 'topic' }>): Promise<Question[]> {
    await this.compute();
    return this.questionsUnder(node);
  }

  private questionsUnder(node: Extract<TreeNode, { type: 'group' | 'topic' }>): Question[] {
    const topics = this.grouped?.grouped.groups.get(node.key);
    if (!topics) return [];
    return node.type === 'topic' ? (topics.get(node.topic) ?? []) : [...topics.values()].flat();
  }

  private async compute(): Promise<Grouped> {
    const index = await this.banks.index();
    if (this.grouped?.index !== index) {
      const visible = applyFilter(index.questions(), this.filterValue);
      this.grouped = { index, grouped: groupQuestions(visible, this.groupByValue, this.sources.statusOf) };
      void this.updateContext();
    }
    return this.grouped.grouped;
  }

  private async updateContext(): Promise<void> {
    const index = await this.banks.index();
    await vscode.commands.executeCommand('setContext', ContextKeys.filterActive, isFilterActive(this.filterValue));
    await vscode.commands.executeCommand('setContext', ContextKeys.bankEmpty, index.questions().length === 0);
  }
}

function groupLabel(groupBy: GroupBy, key: string): string {
  if (groupBy === 'role' || groupBy === 'topic') return key;
  return key.replace(/^./, (first) => first.toUpperCase()).replace('-', ' ');
}

export function questionItem(node: Extract<TreeNode, { type: 'question' }>, status: ReviewStatus, tests?: ExerciseRunSummary): vscode.TreeItem {
  const { question } = node;
  const item = new vscode.TreeItem(question.title, vscode.TreeItemCollapsibleState.None);
  item.id = `question:${node.groupBy}:${node.key}/${node.topic}/${question.id}`;
  const testsPassed = tests?.passed;
  const exercise = question.exercise
    ? tests?.counts
      ? ` · ${tests.counts}`
      : testsPassed === undefined
        ? ' · exercise'
        : testsPassed
          ? ' · tests pass'
          : ' · tests fail'
    : '';
  item.description = `${formatClock(question.time * 1000)}${exercise}${status !== 'new' ? ` · ${status}` : ''}`;
  item.iconPath = new vscode.ThemeIcon(KIND_ICONS[question.kind]);
  item.resourceUri = vscode.Uri.from({ scheme: DECORATION_SCHEME, path: `/${question.id}`, query: `difficulty=${question.difficulty}&status=${status}` });
  item.contextValue = question.exercise ? 'question.exercise' : 'question';
  item.accessibilityInformation = {
    label: `${question.title}, ${question.kind}, ${question.difficulty}, ${formatClock(question.time * 1000)}${question.exercise ? ', has exercise' : ''}, ${status}`,
  };
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escapeMarkdown(question.title)}**\n\n`);
  tooltip.appendMarkdown(`${escapeMarkdown(question.topic)} · ${question.kind} · ${question.difficulty} · ${formatClock(question.time * 1000)} · ${status}`);
  if (question.exercise) tooltip.appendMarkdown('\n\n$(beaker) Has a coding exercise');
  if (question.inferred?.length) tooltip.appendMarkdown(`\n\n$(info) Plain markdown: ${question.inferred.join(', ')} inferred`);
  item.tooltip = tooltip;
  item.command = { command: Commands.openQuestion, title: 'Open Question', arguments: [question.id] };
  return item;
}

/** A one-letter difficulty badge, and a colour for review status (due stands out, mastered recedes). */
export class DifficultyDecorations implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== DECORATION_SCHEME) return undefined;
    const query = new URLSearchParams(uri.query);
    const difficulty = query.get('difficulty') ?? '';
    const status = query.get('status') ?? 'new';
    const badge = { easy: 'E', medium: 'M', hard: 'H' }[difficulty];
    if (!badge) return undefined;
    const color = status === 'due' ? new vscode.ThemeColor('charts.orange') : status === 'mastered' ? new vscode.ThemeColor('charts.green') : undefined;
    return { badge, tooltip: `${difficulty[0].toUpperCase()}${difficulty.slice(1)}${status === 'new' ? '' : `, ${status}`}`, color };
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
