// One pass over a document's lines: which are blank, opaque (code fences, HTML comments) or
// headings, and where the top-level <details> blocks open and close.
import { headingText } from '../sections';
import {
  flatten,
  indentOf,
  isBlank,
  labelOf,
  leadingNumber,
  questionPrefix,
  questionReading,
  roleNamed,
  stripMarks,
  trimSpaces,
  type Label,
  type Marks,
  type QuestionReading,
} from './text';

export const TEXT = 0;
export const BLANK = 1;
/** Inside (or delimiting) a code fence or an HTML comment: no heading or label there counts. */
export const OPAQUE = 2;
export const HEADING = 3;
/** A thematic break (---, ***, ___): separates paragraphs like a blank line. */
export const RULE = 4;

export interface Heading {
  line: number;
  level: number;
  /** The heading's text as written (after the # marks). */
  raw: string;
  /** The question text the heading carries: without emphasis wrapper, marks and a "Q3:" or "3." prefix (markdown). */
  question: string;
  /** One line of plain words for a topic. */
  plain: string;
  marks: Marks;
  number?: number;
  /** Whether the heading has a question prefix ("Q3:", "Scenario 2", "Challenge 1: …"). */
  prefixed: boolean;
  /** That prefix's word, lowercased: "q", "challenge", "coding problem". */
  prefixWord?: string;
  reading: QuestionReading;
  /** "Answer", "Hints", "Follow-up questions", "Question": a heading that labels a part of a question. */
  label?: Label;
  role?: string;
}

export interface DetailsBlock {
  line: number;
  /** Line of the matching </details>, or -1 when it is never closed. */
  close: number;
}

export interface Doc {
  lines: string[];
  kinds: Uint8Array;
  headings: Heading[];
  /** Index into `headings` for a heading line, else -1. */
  headingOf: Int32Array;
  /** Top-level <details> blocks (not inside another closed block) whose line starts with the tag, by line. */
  details: Map<number, DetailsBlock>;
}

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

export function scanDocument(text: string): Doc {
  const lines = splitLines(text);
  const count = lines.length;
  const kinds = new Uint8Array(count);
  const headingOf = new Int32Array(count).fill(-1);
  const headings: Heading[] = [];
  let fenceChar = 0;
  let fenceLength = 0;
  let inComment = false;
  for (let index = 0; index < count; index++) {
    const line = lines[index];
    if (inComment) {
      kinds[index] = OPAQUE;
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const indent = indentOf(line);
    const first = line.charCodeAt(indent);
    if (fenceChar !== 0) {
      kinds[index] = OPAQUE;
      if (first === fenceChar) {
        let run = indent;
        while (line.charCodeAt(run) === fenceChar) run++;
        if (run - indent >= fenceLength && isBlank(line.slice(run))) fenceChar = 0;
      }
      continue;
    }
    if (indent === line.length) {
      kinds[index] = BLANK;
      continue;
    }
    if ((first === 96 || first === 126) && line.charCodeAt(indent + 1) === first && line.charCodeAt(indent + 2) === first) {
      let run = indent;
      while (line.charCodeAt(run) === first) run++;
      // A backtick fence's info string holds no backtick.
      if (first === 126 || !line.includes('`', run)) {
        fenceChar = first;
        fenceLength = run - indent;
        kinds[index] = OPAQUE;
        continue;
      }
    }
    if (first === 60 && line.startsWith('<!--', indent)) {
      kinds[index] = OPAQUE;
      if (!line.includes('-->', indent + 4)) inComment = true;
      continue;
    }
    if (first === 35 && indent <= 3) {
      let level = 0;
      while (line.charCodeAt(indent + level) === 35) level++;
      const raw = level <= 6 ? headingText(line, indent + level) : undefined;
      if (raw !== undefined) {
        kinds[index] = HEADING;
        headingOf[index] = headings.length;
        headings.push(headingInfo(index, level, raw));
        continue;
      }
    }
    if (isRule(line, indent)) {
      kinds[index] = RULE;
      continue;
    }
    kinds[index] = TEXT;
  }
  return { lines, kinds, headings, headingOf, details: detailsBlocks(lines, kinds) };
}

function isRule(line: string, indent: number): boolean {
  if (indent > 3) return false;
  const char = line.charCodeAt(indent);
  if (char !== 45 && char !== 42 && char !== 95) return false;
  let marks = 0;
  for (let at = indent; at < line.length; at++) {
    const code = line.charCodeAt(at);
    if (code === char) marks++;
    else if (code !== 32 && code !== 9) return false;
  }
  return marks >= 3;
}

const BARE_QUESTION_WORDS = new Set(['question', 'the question', 'prompt', 'problem', 'problem statement', 'scenario', 'task']);

/** Whether a heading is only the word "Question" (or Problem, Scenario, Task): the single-question layout's label. */
export function isBareQuestion(heading: Heading): boolean {
  return heading.label?.kind === 'question' && heading.label.rest === '' && heading.label.number === undefined && BARE_QUESTION_WORDS.has(heading.label.word);
}

function headingInfo(line: number, level: number, raw: string): Heading {
  const marks: Marks = {};
  let core = stripMarks(trimSpaces(raw), marks);
  const wrapper = core.slice(0, 2);
  if ((wrapper === '**' || wrapper === '__') && core.length > 4 && core.endsWith(wrapper) && !core.slice(2, -2).includes(wrapper)) {
    core = stripMarks(trimSpaces(core.slice(2, -2)), marks);
  }
  const prefix = questionPrefix(core);
  const numbered = prefix ? undefined : leadingNumber(core);
  const question = stripMarks(prefix ? prefix.rest : numbered ? numbered.rest : core, marks);
  const plain = flatten(numbered ? numbered.rest : core);
  const label = labelOf(core);
  const heading: Heading = {
    line,
    level,
    raw,
    question,
    plain,
    marks,
    prefixed: prefix !== undefined,
    reading: questionReading(flatten(question)),
    role: roleNamed(plain),
  };
  const number = prefix?.number ?? numbered?.number;
  if (number !== undefined) heading.number = number;
  if (prefix) heading.prefixWord = prefix.word;
  if (label) heading.label = label;
  // "## Question" names no question: its text is in the section below.
  if (isBareQuestion(heading)) heading.question = '';
  return heading;
}

/**
 * The top-level <details> blocks: every <details and </details tag outside opaque lines, matched
 * with a stack. A block that is never closed does not hold the ones after it, so one stray tag
 * cannot swallow the rest of the document.
 */
function detailsBlocks(lines: string[], kinds: Uint8Array): Map<number, DetailsBlock> {
  interface Tag {
    line: number;
    open: boolean;
    lineStart: boolean;
    match: number;
  }
  const tags: Tag[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (kinds[index] !== TEXT) continue;
    const line = lines[index];
    if (!line.includes('<') || !/details/i.test(line)) continue;
    const lower = line.toLowerCase();
    const indent = indentOf(line);
    let at = 0;
    // Each search runs again only once its last find is passed, so a line is read about twice.
    let open = lower.indexOf('<details');
    let close = lower.indexOf('</details');
    for (;;) {
      if (open >= 0 && open < at) open = lower.indexOf('<details', at);
      if (close >= 0 && close < at) close = lower.indexOf('</details', at);
      if (open < 0 && close < 0) break;
      const isOpen = open >= 0 && (close < 0 || open < close);
      const position = isOpen ? open : close;
      const after = lower.charCodeAt(position + (isOpen ? 8 : 9));
      if (after === 62 || after === 32 || after === 9 || after === 47 || Number.isNaN(after)) {
        tags.push({ line: index, open: isOpen, lineStart: isOpen && position === indent, match: -1 });
      }
      at = position + 8;
    }
  }
  const stack: number[] = [];
  tags.forEach((tag, index) => {
    if (tag.open) stack.push(index);
    else if (stack.length > 0) {
      const opener = stack.pop()!;
      tags[opener].match = index;
      tag.match = opener;
    }
  });
  const blocks = new Map<number, DetailsBlock>();
  let depth = 0;
  for (const tag of tags) {
    if (tag.open) {
      if (depth === 0 && tag.lineStart && !blocks.has(tag.line)) blocks.set(tag.line, { line: tag.line, close: tag.match >= 0 ? tags[tag.match].line : -1 });
      if (tag.match >= 0) depth++;
    } else if (tag.match >= 0) depth--;
  }
  return blocks;
}

/** The <summary> of the <details> block opening at `line`: its inner HTML and the line and column just after </summary>. */
export function summaryOf(doc: Doc, block: DetailsBlock): { html: string; endLine: number; endColumn: number } | undefined {
  const last = block.close >= 0 ? block.close : doc.lines.length - 1;
  // The summary opens on the tag's line or within the next three, and closes within ten lines of where it opens.
  for (let index = block.line; index <= Math.min(last, block.line + 3); index++) {
    if (doc.kinds[index] !== TEXT) continue;
    const lower = doc.lines[index].toLowerCase();
    const open = lower.indexOf('<summary');
    if (open < 0) continue;
    const start = lower.indexOf('>', open);
    if (start < 0) return undefined;
    let html = '';
    for (let end = index; end <= Math.min(last, index + 10); end++) {
      const text = end === index ? doc.lines[end].slice(start + 1) : doc.lines[end];
      const closeAt = (end === index ? lower.slice(start + 1) : doc.lines[end].toLowerCase()).indexOf('</summary');
      if (closeAt >= 0) {
        html += text.slice(0, closeAt);
        const offset = end === index ? start + 1 : 0;
        const tagEnd = doc.lines[end].indexOf('>', offset + closeAt);
        return { html, endLine: end, endColumn: tagEnd < 0 ? doc.lines[end].length : tagEnd + 1 };
      }
      html += `${text}\n`;
    }
    return undefined;
  }
  return undefined;
}
