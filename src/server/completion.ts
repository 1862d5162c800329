// Completion in a question file: front-matter keys, their values (enums, and roles, topics, tags and
// exercises already used in the banks), section headings, and a whole new question on an empty file.
import { CompletionItemKind, InsertTextFormat, type Command, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver/node';
import { DIFFICULTIES, KINDS, KNOWN_ROLES, LANGUAGES, SECTIONS } from '../bank/model';
import { normalizeHeading } from '../bank/sections';
import { ALL_KEYS, REQUIRED_KEYS } from '../bank/validate';
import { KEY_DOCS, keyMarkdown, SECTION_DOCS } from './keyDocs';
import { isExerciseFile, suggestedId, yamlScalar, type PlaceholderContext } from './placeholders';
import { exerciseSnippet, questionSnippet } from './questionSnippet';
import { findKey, inFrontMatter, keyAt, readQuestionDocument, type KeyLine, type QuestionDocument } from './questionDocument';
import type { WorkspaceIndex } from './workspaceIndex';

/** Asks the editor to open suggestions again, for keys whose values come from the banks. */
const SUGGEST_AGAIN: Command = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };

const LIST_KEYS = new Set(['roles', 'tags', 'languages']);

export function complete(text: string, position: Position, file: string, index: WorkspaceIndex): CompletionList {
  const doc = readQuestionDocument(text);
  const context: PlaceholderContext = { doc, file, index };
  const line = doc.lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const list = (items: CompletionItem[], bankDerived = false): CompletionList => ({ isIncomplete: bankDerived && !index.ready, items });

  if (position.line === 0 && isBlankBelowFirstLine(doc) && /^-{0,3}\s*$|^\w*$/.test(line)) {
    return list([snippetItem(context, line)]);
  }
  if (inFrontMatter(doc, position.line)) {
    const key = keyAt(doc, position.line);
    if (key?.line === position.line && position.character > line.indexOf(':', key.keyEnd)) return list(valueItems(key, doc, position, context), true);
    if (/^[A-Za-z_][\w-]*$|^$/.test(before)) return list(keyItems(doc, position, context));
    const item = /^(\s+-\s*)/.exec(before);
    if (item && key && LIST_KEYS.has(key.key)) {
      const start = item[1].length;
      return list(valueItems(key, doc, position, context, { start, end: Math.max(tokenEnd(line, start, false), position.character) }), true);
    }
    return list([]);
  }
  if (!doc.hasFrontMatter || doc.closingLine !== undefined) {
    if (/^#{1,3}(\s[^#]*)?$/.test(before)) return list(sectionItems(doc, position.line, line.length));
  }
  return list([]);
}

function isBlankBelowFirstLine(doc: QuestionDocument): boolean {
  return doc.lines.every((line, index) => index === 0 || line.trim() === '');
}

function snippetItem(context: PlaceholderContext, line: string): CompletionItem {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: line.length } };
  const exercise = isExerciseFile(context);
  const id = suggestedId(context);
  return {
    label: exercise ? 'New exercise' : 'New question',
    kind: CompletionItemKind.Snippet,
    detail: exercise ? 'Front matter and sections of a coding exercise' : 'Front matter and sections of a question',
    documentation: {
      kind: 'markdown',
      value: 'A complete question file as docs/AUTHORING.md describes it: front matter, the prompt, then Hints, Answer, Evaluation and Follow-ups.',
    },
    // Whatever starts the first line (a word, or dashes) should keep the snippet in the list.
    filterText: /^\w+$/.test(line) ? line : '---',
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: exercise ? exerciseSnippet(id) : questionSnippet(id) },
    preselect: true,
  };
}

function keyItems(doc: QuestionDocument, position: Position, context: PlaceholderContext): CompletionItem[] {
  const line = doc.lines[position.line];
  const wordEnd = position.character + (/^[\w-]*/.exec(line.slice(position.character))?.[0].length ?? 0);
  const range = { start: { line: position.line, character: 0 }, end: { line: position.line, character: wordEnd } };
  // Renaming the key of an existing `key: value` line: only the name is replaced.
  const nameOnly = /^\s*:/.test(line.slice(wordEnd));
  const present = new Set(doc.keys.filter((key) => key.line !== position.line).map((key) => key.key));
  const exercise = isExerciseFile(context);
  return ALL_KEYS.filter((key) => !present.has(key) && (exercise ? key !== 'exercise' : key !== 'languages')).map((key, order): CompletionItem => {
    const snippet = nameOnly ? undefined : keySnippet(key, context);
    return {
      label: key,
      kind: CompletionItemKind.Property,
      detail: `${KEY_DOCS[key].summary}${(REQUIRED_KEYS as readonly string[]).includes(key) ? '' : ' (optional)'}`,
      documentation: { kind: 'markdown', value: keyMarkdown(key) ?? '' },
      sortText: String(order).padStart(2, '0'),
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: snippet?.text ?? key },
      command: snippet?.suggestAgain ? SUGGEST_AGAIN : undefined,
    };
  });
}

function keySnippet(key: string, context: PlaceholderContext): { text: string; suggestAgain?: boolean } {
  const choices = (values: readonly string[]): string => `\${1|${values.join(',')}|}`;
  switch (key) {
    case 'id':
      return { text: `id: \${1:${suggestedId(context)}}` };
    case 'title':
      return { text: 'title: ${1:Question title}' };
    case 'roles':
      return { text: 'roles: [$1]', suggestAgain: true };
    case 'topic':
      return { text: 'topic: $1', suggestAgain: true };
    case 'kind':
      return { text: `kind: ${choices(isExerciseFile(context) ? ['coding'] : KINDS)}` };
    case 'difficulty':
      return { text: `difficulty: ${choices(DIFFICULTIES)}` };
    case 'time':
      return { text: 'time: ${1:10}' };
    case 'tags':
      return { text: 'tags: [$1]', suggestAgain: true };
    case 'exercise':
      return { text: 'exercise: $1', suggestAgain: true };
    case 'evaluation':
      return { text: 'evaluation:\n  - $1' };
    case 'languages':
      return { text: `languages: [\${1:${LANGUAGES.join(', ')}}]` };
    default:
      return { text: `${key}: $1` };
  }
}

interface Candidate {
  value: string;
  detail?: string;
  documentation?: string;
  /** Uses in the banks: more used values sort first. */
  uses?: number;
}

/**
 * Values for `key` at `position`: on the key's own line (a scalar or a flow list `[a, b]`), or in a
 * block list item, where `item` gives the item's start and end characters.
 */
function valueItems(
  key: KeyLine,
  doc: QuestionDocument,
  position: Position,
  context: PlaceholderContext,
  item?: { start: number; end: number },
): CompletionItem[] {
  const line = doc.lines[position.line];
  let start = Math.min(item?.start ?? key.valueStart, position.character);
  let end = item?.end ?? Math.max(key.valueEnd, position.character);
  let wrap = (value: string): string => value;
  if (!item && LIST_KEYS.has(key.key)) {
    const typed = line.slice(start, position.character);
    if (typed.trim() === '' && key.valueEnd <= position.character) {
      wrap = (value) => `[${value}]`;
    } else if (typed.startsWith('[')) {
      const separator = Math.max(typed.lastIndexOf('['), typed.lastIndexOf(','));
      start += separator + 1;
      while (line[start] === ' ' && start < position.character) start++;
      end = Math.max(tokenEnd(line, start, true), position.character);
    } else {
      return [];
    }
  }
  const current = line.slice(start, position.character).trim();
  const listed = listedValues(key, doc);
  // Right after "key:" or a list's comma, the value needs its separating space.
  const lead = line[start - 1] === ':' || line[start - 1] === ',' ? ' ' : '';
  const range = { start: { line: position.line, character: start }, end: { line: position.line, character: end } };
  return candidates(key.key, context)
    .filter((candidate) => !listed.has(candidate.value) || candidate.value === current)
    .map((candidate, order): CompletionItem => ({
      label: candidate.value,
      kind: CompletionItemKind.Value,
      detail: candidate.detail,
      documentation: candidate.documentation ? { kind: 'markdown', value: candidate.documentation } : undefined,
      sortText: String(candidate.uses !== undefined ? 1e6 - Math.min(candidate.uses, 999999) : order).padStart(7, '0'),
      filterText: candidate.value,
      textEdit: { range, newText: lead + wrap(yamlScalar(candidate.value)) },
    }));
}

function candidates(key: string, { doc, file, index }: PlaceholderContext): Candidate[] {
  switch (key) {
    case 'kind':
      return KINDS.map((value) => ({ value }));
    case 'difficulty':
      return DIFFICULTIES.map((value) => ({ value }));
    case 'languages':
      return LANGUAGES.map((value) => ({ value }));
    case 'roles': {
      const counts = new Map(index.counts('roles'));
      for (const role of KNOWN_ROLES) if (!counts.has(role)) counts.set(role, 0);
      return [...counts].map(([value, uses]) => ({
        value,
        uses,
        detail: used(uses, (KNOWN_ROLES as readonly string[]).includes(value) ? 'known role' : undefined),
      }));
    }
    case 'topic':
    case 'tags':
      return [...index.counts(key === 'topic' ? 'topic' : 'tags')].map(([value, uses]) => ({ value, uses, detail: used(uses) }));
    case 'exercise':
      return index.exerciseIds().map((value) => {
        const exercise = index.exercise(value);
        return { value, detail: exercise?.title, documentation: [exercise?.topic, exercise?.difficulty].filter(Boolean).join(' · ') || undefined };
      });
    case 'id': {
      const id = suggestedId({ doc, file, index });
      return findKey(doc, 'id')?.value === id ? [] : [{ value: id, detail: 'suggested id' }];
    }
    default:
      return [];
  }
}

function used(uses: number, note?: string): string {
  const count = uses === 0 ? '' : `used in ${uses} file${uses === 1 ? '' : 's'}`;
  return [note, count].filter(Boolean).join(', ');
}

/** The values already in a list key, so they are not offered twice. */
function listedValues(key: KeyLine, doc: QuestionDocument): Set<string> {
  const values = new Set<string>();
  if (!LIST_KEYS.has(key.key)) return values;
  const unquote = (text: string): string => text.trim().replace(/^(["'])(.*)\1$/, '$2');
  for (const part of key.value.replace(/^\[|\]$/g, '').split(',')) if (part.trim()) values.add(unquote(part));
  for (let line = key.line + 1; line <= key.lastLine; line++) {
    const item = /^\s+-\s+(.*)$/.exec(doc.lines[line]);
    if (item) values.add(unquote(item[1]));
  }
  return values;
}

/** Where the value that starts at `start` ends: before a list separator, a comment or trailing spaces. */
function tokenEnd(line: string, start: number, inFlow: boolean): number {
  const rest = line.slice(start);
  const stop = rest.search(inFlow ? /[,\]]|\s#/ : /\s#/);
  return start + (stop < 0 ? rest : rest.slice(0, stop)).trimEnd().length;
}

function sectionItems(doc: QuestionDocument, line: number, lineLength: number): CompletionItem[] {
  const present = new Set(doc.sections.filter((section) => section.line !== line).map((section) => normalizeHeading(section.heading)));
  const range = { start: { line, character: 0 }, end: { line, character: lineLength } };
  return SECTIONS.filter((name) => !present.has(normalizeHeading(name))).map((name, order): CompletionItem => ({
    label: `## ${name}`,
    kind: CompletionItemKind.Module,
    detail: SECTION_DOCS[name],
    sortText: String(order),
    filterText: `## ${name}`,
    textEdit: { range, newText: `## ${name}` },
  }));
}
