// The Questions view's own commands: grouping, filtering, and the per-question actions.
import * as vscode from 'vscode';
import { DIFFICULTIES, KINDS, type Difficulty, type Kind, type Question } from '../bank/model';
import type { BankService } from '../workspaceBanks/bankService';
import { EXTENSION_ID } from '../ids';
import { GROUP_LABELS, GROUPINGS, type QuestionFilter } from './grouping';
import type { QuestionTreeProvider, TreeNode } from './questionTree';

export async function pickGrouping(tree: QuestionTreeProvider): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    GROUPINGS.map((groupBy) => ({ label: GROUP_LABELS[groupBy], description: groupBy === tree.groupBy ? 'current' : undefined, groupBy })),
    { ignoreFocusOut: true, title: 'Group questions by', placeHolder: 'Choose how the Questions view is grouped' },
  );
  if (picked) await tree.setGroupBy(picked.groupBy);
}

type FacetKey = 'roles' | 'topics' | 'difficulties' | 'kinds';

/** One quick pick to choose what to filter on, then a text box or a multi-select for it. */
export async function pickFilter(tree: QuestionTreeProvider, banks: BankService): Promise<void> {
  const filter = tree.filter;
  const questions = (await banks.index()).questions();
  const summary = (values?: string[]): string | undefined => (values?.length ? values.join(', ') : undefined);
  const choice = await vscode.window.showQuickPick(
    [
      { label: '$(search) Text…', description: filter.text ? `"${filter.text}"` : 'title, topic, id, tags', facet: 'text' as const },
      { label: '$(account) Role…', description: summary(filter.roles), facet: 'roles' as const },
      { label: '$(folder-library) Topic…', description: summary(filter.topics), facet: 'topics' as const },
      { label: '$(dashboard) Difficulty…', description: summary(filter.difficulties), facet: 'difficulties' as const },
      { label: '$(symbol-class) Kind…', description: summary(filter.kinds), facet: 'kinds' as const },
      { label: '$(clear-all) Clear filter', facet: 'clear' as const },
    ],
    { ignoreFocusOut: true, title: 'Filter questions', placeHolder: 'Filter by…' },
  );
  if (!choice) return;
  if (choice.facet === 'clear') return tree.setFilter({});
  if (choice.facet === 'text') {
    const text = await vscode.window.showInputBox({
      ignoreFocusOut: true,
      title: 'Filter questions by text',
      prompt: 'Words to find in the title, topic, id or tags (empty clears the text filter)',
      value: filter.text ?? '',
    });
    if (text !== undefined) await tree.setFilter({ ...filter, text: text.trim() || undefined });
    return;
  }
  const values = facetValues(choice.facet, questions);
  const chosen = new Set<string>(filter[choice.facet] ?? []);
  const picked = await vscode.window.showQuickPick(
    values.map((value) => ({ label: value, picked: chosen.has(value) })),
    { ignoreFocusOut: true, title: `Show questions with these ${choice.facet}`, canPickMany: true, placeHolder: 'None selected shows all' },
  );
  if (!picked) return;
  const next: QuestionFilter = { ...filter, [choice.facet]: picked.length ? picked.map((item) => item.label) : undefined };
  await tree.setFilter(next);
}

function facetValues(facet: FacetKey, questions: Question[]): string[] {
  if (facet === 'difficulties') return [...DIFFICULTIES] as Difficulty[];
  if (facet === 'kinds') return [...KINDS] as Kind[];
  const values = new Set(questions.flatMap((question) => (facet === 'roles' ? question.roles : [question.topic])));
  return [...values].sort((a, b) => a.localeCompare(b));
}

export function questionOf(arg: unknown): Question | undefined {
  const node = arg as TreeNode | undefined;
  return node?.type === 'question' ? node.question : undefined;
}

/** A link that opens the question in VS Code: vscode://interview-prep.interview-prep/question/<id>. */
export function questionLink(id: string): string {
  return `${vscode.env.uriScheme}://${EXTENSION_ID}/question/${encodeURIComponent(id)}`;
}

/** The question id a `questionLink` carries, or undefined for any other URI. */
export function questionIdOfLink(uri: vscode.Uri): string | undefined {
  const match = /^\/question\/(.+)$/.exec(uri.path);
  return match ? decodeURIComponent(match[1]) : undefined;
}
