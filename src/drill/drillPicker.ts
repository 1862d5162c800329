// "Start Drill": choose what to practise (role, topic, kind, difficulty, review status), how many
// questions and how much time, then run them as one timed drill.
import * as vscode from 'vscode';
import { DIFFICULTIES, KINDS, type Question } from '../bank/model';
import { REVIEW_STATUSES, type ReviewStatus } from '../progress/model';
import { chooseQuestions } from './session';

export interface DrillChoice {
  title: string;
  questionIds: string[];
  budgetMs: number;
}

type Facet = 'role' | 'topic' | 'kind' | 'difficulty' | 'status';
interface FacetItem extends vscode.QuickPickItem {
  facet?: Facet;
  value?: string;
}

export async function pickDrill(questions: Question[], statusOf: (question: Question) => ReviewStatus): Promise<DrillChoice | undefined> {
  if (questions.length === 0) {
    void vscode.window.showInformationMessage('Interview Prep: no questions are loaded to drill.');
    return undefined;
  }
  const items: FacetItem[] = [];
  const section = (label: string, facet: Facet, values: string[]): void => {
    items.push({ label, kind: vscode.QuickPickItemKind.Separator });
    for (const value of values) {
      const count = questions.filter((question) => matches(question, facet, value, statusOf)).length;
      if (count > 0) items.push({ label: value, description: String(count), facet, value });
    }
  };
  section('Review status', 'status', [...REVIEW_STATUSES]);
  section('Roles', 'role', unique(questions.flatMap((question) => question.roles)));
  section('Kinds', 'kind', [...KINDS]);
  section('Difficulty', 'difficulty', [...DIFFICULTIES]);
  section('Topics', 'topic', unique(questions.map((question) => question.topic)));
  const picked = await vscode.window.showQuickPick(items, {
    ignoreFocusOut: true,
    title: 'Start a drill (1/3): what to practise',
    placeHolder: 'Select any mix (none selected: the whole bank); type to search',
    canPickMany: true,
    matchOnDescription: false,
  });
  if (!picked) return undefined;
  const chosen = questions.filter((question) => {
    const byFacet = new Map<Facet, string[]>();
    for (const item of picked) if (item.facet && item.value) byFacet.set(item.facet, [...(byFacet.get(item.facet) ?? []), item.value]);
    return [...byFacet].every(([facet, values]) => values.some((value) => matches(question, facet, value, statusOf)));
  });
  if (chosen.length === 0) {
    void vscode.window.showWarningMessage('Interview Prep: no question matches that selection.');
    return undefined;
  }
  const counts = [3, 5, 10, 15, 20].filter((count) => count < chosen.length);
  const countPick = await vscode.window.showQuickPick(
    [...counts.map((count) => ({ label: `${count} questions`, count })), { label: `All ${chosen.length} matching`, count: chosen.length }],
    { ignoreFocusOut: true, title: 'Start a drill (2/3): how many questions' },
  );
  if (!countPick) return undefined;
  const selected = chooseQuestions(chosen, countPick.count, statusOf);
  const natural = Math.ceil(selected.reduce((sum, question) => sum + question.time, 0) / 60);
  const budgetPick = await vscode.window.showQuickPick(
    [
      { label: `${natural} minutes`, description: "the questions' own times", minutes: natural },
      ...[15, 30, 45, 60, 90]
        .filter((minutes) => minutes !== natural)
        .map((minutes) => ({ label: `${minutes} minutes`, description: undefined as string | undefined, minutes })),
    ],
    { ignoreFocusOut: true, title: 'Start a drill (3/3): total time budget' },
  );
  if (!budgetPick) return undefined;
  const labels = picked.filter((item) => item.value).map((item) => item.value!);
  return {
    title: labels.length ? `Drill: ${labels.slice(0, 3).join(', ')}${labels.length > 3 ? '…' : ''}` : 'Drill: whole bank',
    questionIds: selected.map((question) => question.id),
    budgetMs: budgetPick.minutes * 60_000,
  };
}

function matches(question: Question, facet: Facet, value: string, statusOf: (question: Question) => ReviewStatus): boolean {
  switch (facet) {
    case 'role':
      return question.roles.includes(value);
    case 'topic':
      return question.topic === value;
    case 'kind':
      return question.kind === value;
    case 'difficulty':
      return question.difficulty === value;
    case 'status':
      return statusOf(question) === value;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}
