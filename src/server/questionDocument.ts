// Where things are in a question file, read line by line for editor features. Unlike the validator
// it never needs valid YAML: completion runs on half-typed text and on front matter not yet closed.
import { splitSections } from '../bank/sections';

/** A top-level front-matter key. Lines and characters are 0-based, ends exclusive. */
export interface KeyLine {
  key: string;
  line: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  /** The value on the key's line as written, with one pair of enclosing quotes removed. */
  value: string;
  /** Last non-blank line that belongs to the key: its block list items or continuation lines. */
  lastLine: number;
}

export interface Block {
  line: number;
  lastLine: number;
}

export interface SectionBlock extends Block {
  heading: string;
}

export interface QuestionDocument {
  lines: string[];
  /** The first line is `---`. */
  hasFrontMatter: boolean;
  /** Line of the closing delimiter; undefined when there is none (yet). */
  closingLine?: number;
  keys: KeyLine[];
  prompt?: Block;
  sections: SectionBlock[];
}

const KEY_LINE = /^([A-Za-z_][\w-]*)\s*:(?=\s|$)\s*/;

export function readQuestionDocument(text: string): QuestionDocument {
  const lines = text.split(/\r?\n/);
  const hasFrontMatter = /^---\s*$/.test(lines[0] ?? '');
  if (!hasFrontMatter) return { lines, hasFrontMatter, keys: [], ...bodyBlocks(lines, 0) };
  const closing = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  const frontEnd = closing < 0 ? lines.length : closing;
  const keys: KeyLine[] = [];
  for (let line = 1; line < frontEnd; line++) {
    const match = KEY_LINE.exec(lines[line]);
    if (!match) continue;
    const valueStart = match[0].length;
    const rest = lines[line].slice(valueStart);
    const written = rest.replace(/(^|\s+)#.*$/, '').trimEnd();
    const previous = keys[keys.length - 1];
    if (previous) previous.lastLine = lastContentLine(lines, previous.line, line - 1);
    keys.push({
      key: match[1],
      line,
      keyEnd: match[1].length,
      valueStart,
      valueEnd: valueStart + written.length,
      value: written.replace(/^(["'])(.*)\1$/, '$2'),
      lastLine: line,
    });
  }
  const last = keys[keys.length - 1];
  if (last) last.lastLine = lastContentLine(lines, last.line, frontEnd - 1);
  if (closing < 0) return { lines, hasFrontMatter, keys, sections: [] };
  return { lines, hasFrontMatter, closingLine: closing, keys, ...bodyBlocks(lines, closing + 1) };
}

function bodyBlocks(lines: string[], firstLine: number): { prompt?: Block; sections: SectionBlock[] } {
  const body = splitSections(lines.slice(firstLine).join('\n'), firstLine + 1);
  const sections = body.sections.map((section, index, all): SectionBlock => {
    const line = section.line - 1;
    const end = index + 1 < all.length ? all[index + 1].line - 2 : lines.length - 1;
    return { heading: section.heading, line, lastLine: lastContentLine(lines, line, end) };
  });
  if (!body.prompt) return { sections };
  const line = body.promptLine - 1;
  const end = sections.length > 0 ? sections[0].line - 1 : lines.length - 1;
  return { prompt: { line, lastLine: lastContentLine(lines, line, end) }, sections };
}

/** The last line from `first` to `last` that is not blank; `first` when all are. */
function lastContentLine(lines: string[], first: number, last: number): number {
  for (let line = last; line > first; line--) if (lines[line].trim() !== '') return line;
  return first;
}

export function inFrontMatter(doc: QuestionDocument, line: number): boolean {
  return doc.hasFrontMatter && line > 0 && (doc.closingLine === undefined || line < doc.closingLine);
}

/** The key whose lines include `line`, within the front matter. */
export function keyAt(doc: QuestionDocument, line: number): KeyLine | undefined {
  if (!inFrontMatter(doc, line)) return undefined;
  let found: KeyLine | undefined;
  for (const key of doc.keys) {
    if (key.line > line) break;
    found = key;
  }
  return found;
}

export function findKey(doc: QuestionDocument, key: string): KeyLine | undefined {
  return doc.keys.find((candidate) => candidate.key === key);
}

/** The section heading on `line`, if there is one. */
export function sectionAt(doc: QuestionDocument, line: number): SectionBlock | undefined {
  return doc.sections.find((section) => section.line === line);
}
