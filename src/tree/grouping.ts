// How the Questions tree groups and filters the bank. Pure: no `vscode`, so it is unit-tested and
// computed once per change, not per expanded node.
import { DIFFICULTIES, KINDS, type Difficulty, type Kind, type Question } from '../bank/model';
import type { ReviewStatus } from '../progress/model';

export const GROUPINGS = ['role', 'topic', 'difficulty', 'kind', 'status'] as const;
export type GroupBy = (typeof GROUPINGS)[number];

export interface QuestionFilter {
  text?: string;
  roles?: string[];
  topics?: string[];
  difficulties?: Difficulty[];
  kinds?: Kind[];
}

/** Level 1 groups by the chosen key; level 2 groups by topic (unless grouping by topic). */
export interface Grouped {
  groups: Map<string, Map<string, Question[]>>;
  total: number;
}

export function isFilterActive(filter: QuestionFilter): boolean {
  return Boolean(filter.text?.trim() || filter.roles?.length || filter.topics?.length || filter.difficulties?.length || filter.kinds?.length);
}

export function applyFilter(questions: readonly Question[], filter: QuestionFilter): Question[] {
  if (!isFilterActive(filter)) return [...questions];
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return questions.filter((question) => {
    if (filter.roles?.length && !question.roles.some((role) => filter.roles!.includes(role))) return false;
    if (filter.topics?.length && !filter.topics.includes(question.topic)) return false;
    if (filter.difficulties?.length && !filter.difficulties.includes(question.difficulty)) return false;
    if (filter.kinds?.length && !filter.kinds.includes(question.kind)) return false;
    if (words.length === 0) return true;
    const haystack = `${question.title}\n${question.topic}\n${question.id}\n${question.tags.join(' ')}\n${question.roles.join(' ')}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** A short text for the view's description, e.g. `"rag" · hard · AI Engineer`. */
export function describeFilter(filter: QuestionFilter): string | undefined {
  if (!isFilterActive(filter)) return undefined;
  const parts: string[] = [];
  if (filter.text?.trim()) parts.push(`"${filter.text.trim()}"`);
  for (const list of [filter.roles, filter.topics, filter.difficulties, filter.kinds]) if (list?.length) parts.push(list.join(', '));
  return parts.join(' · ');
}

export function groupQuestions(questions: readonly Question[], groupBy: GroupBy, statusOf: (question: Question) => ReviewStatus): Grouped {
  const groups = new Map<string, Map<string, Question[]>>();
  const add = (primary: string, secondary: string, question: Question): void => {
    let inner = groups.get(primary);
    if (!inner) groups.set(primary, (inner = new Map()));
    const list = inner.get(secondary);
    if (list) list.push(question);
    else inner.set(secondary, [question]);
  };
  for (const question of questions) {
    const keys =
      groupBy === 'role'
        ? question.roles
        : groupBy === 'topic'
          ? [question.topic]
          : groupBy === 'difficulty'
            ? [question.difficulty]
            : groupBy === 'kind'
              ? [question.kind]
              : [statusOf(question)];
    for (const key of keys) add(key, groupBy === 'topic' ? '' : question.topic, question);
  }
  const order = orderOf(groupBy);
  const sorted = new Map([...groups.entries()].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b)));
  for (const [key, inner] of sorted) {
    const topics = new Map([...inner.entries()].sort(([a], [b]) => a.localeCompare(b)));
    for (const list of topics.values()) list.sort((a, b) => difficultyRank(a) - difficultyRank(b) || a.title.localeCompare(b.title));
    sorted.set(key, topics);
  }
  return { groups: sorted, total: questions.length };
}

/** Fixed orders where the values have one (easy before hard), alphabetical otherwise. */
function orderOf(groupBy: GroupBy): (key: string) => number {
  const fixed: readonly string[] =
    groupBy === 'difficulty' ? DIFFICULTIES : groupBy === 'kind' ? KINDS : groupBy === 'status' ? ['due', 'learning', 'new', 'mastered'] : [];
  return (key) => {
    const index = fixed.indexOf(key);
    return index < 0 ? fixed.length : index;
  };
}

function difficultyRank(question: Question): number {
  return DIFFICULTIES.indexOf(question.difficulty);
}

/** `12` or `12 · 3 due`. */
export function countLabel(questions: readonly Question[], statusOf: (question: Question) => ReviewStatus): string {
  const due = questions.filter((question) => statusOf(question) === 'due').length;
  return due > 0 ? `${questions.length} · ${due} due` : String(questions.length);
}

export const GROUP_LABELS: Record<GroupBy, string> = {
  role: 'Role, then topic',
  topic: 'Topic',
  difficulty: 'Difficulty, then topic',
  kind: 'Kind, then topic',
  status: 'Review status, then topic',
};
