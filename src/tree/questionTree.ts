// The Questions view: role → topic → question, with a "problems" node for files that failed to load.
import * as vscode from 'vscode';
import type { BankIndex } from '../bank/bankIndex';
import type { Kind, Problem, Question } from '../bank/model';
import { formatClock } from '../bank/time';
import type { BankService } from '../banks';
import { Commands } from '../ids';

export type TreeNode =
  | { type: 'role'; role: string }
  | { type: 'topic'; role: string; topic: string }
  | { type: 'question'; question: Question; role: string }
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

export class QuestionTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly banks: BankService) {
    this.subscription = banks.onDidChange(() => this.changed.fire(undefined));
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const index = await this.banks.index();
    if (!node) return this.roots(index);
    switch (node.type) {
      case 'role':
        return unique(this.questionsOf(index, node.role).map((question) => question.topic))
          .map((topic) => ({ type: 'topic', role: node.role, topic }));
      case 'topic':
        return this.questionsOf(index, node.role)
          .filter((question) => question.topic === node.topic)
          .map((question) => ({ type: 'question', question, role: node.role }));
      case 'problems':
        return node.problems.map((problem) => ({ type: 'problem', problem }));
      default:
        return [];
    }
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.type) {
      case 'role': {
        const item = new vscode.TreeItem(node.role, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `role:${node.role}`;
        item.iconPath = new vscode.ThemeIcon('account');
        item.contextValue = 'role';
        return item;
      }
      case 'topic': {
        const item = new vscode.TreeItem(node.topic, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `topic:${node.role}/${node.topic}`;
        item.iconPath = new vscode.ThemeIcon('folder-library');
        item.contextValue = 'topic';
        return item;
      }
      case 'question':
        return questionItem(node.question, node.role);
      case 'problems': {
        const errors = node.problems.filter((problem) => problem.severity === 'error').length;
        const item = new vscode.TreeItem('Problems', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'problems';
        item.description = `${errors} error${errors === 1 ? '' : 's'}, ${node.problems.length - errors} warning${node.problems.length - errors === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.tooltip = 'Bank files that failed to load or have warnings. Select one to open it at the problem.';
        return item;
      }
      case 'problem': {
        const { problem } = node;
        const item = new vscode.TreeItem(`${vscode.workspace.asRelativePath(problem.file)}:${problem.line}:${problem.column}`);
        item.description = problem.message;
        item.tooltip = `${problem.severity}: ${problem.message}`;
        item.iconPath = new vscode.ThemeIcon(problem.severity === 'error' ? 'error' : 'warning');
        item.command = { command: Commands.openProblem, title: 'Open File at Problem', arguments: [problem] };
        return item;
      }
    }
  }

  private roots(index: BankIndex): TreeNode[] {
    const roles = unique(index.questions().flatMap((question) => question.roles));
    const nodes: TreeNode[] = roles.map((role) => ({ type: 'role', role }));
    const problems = index.problems();
    if (problems.length > 0) nodes.push({ type: 'problems', problems });
    return nodes;
  }

  private questionsOf(index: BankIndex, role: string): Question[] {
    return index.questions().filter((question) => question.roles.includes(role));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function questionItem(question: Question, role: string): vscode.TreeItem {
  const item = new vscode.TreeItem(question.title, vscode.TreeItemCollapsibleState.None);
  item.id = `question:${role}/${question.id}`;
  item.description = `${question.difficulty} · ${formatClock(question.time * 1000)}`;
  item.iconPath = new vscode.ThemeIcon(KIND_ICONS[question.kind]);
  item.contextValue = question.exercise ? 'question.exercise' : 'question';
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escapeMarkdown(question.title)}**\n\n`);
  tooltip.appendMarkdown(`${escapeMarkdown(question.topic)} · ${question.kind} · ${question.difficulty} · ${formatClock(question.time * 1000)}`);
  if (question.exercise) tooltip.appendMarkdown('\n\n$(beaker) Has a coding exercise');
  item.tooltip = tooltip;
  item.command = { command: Commands.openQuestion, title: 'Open Question', arguments: [question.id] };
  return item;
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
