// Splits a plain markdown document that holds many questions into one unit per question.
//
// One pass over the lines, in order: a question heading takes the lines up to the next heading of
// its level or higher; a <details> block whose summary is a question takes the block; a bold,
// labelled ("Q:") or numbered question paragraph takes the lines up to the next question or
// section heading. Everything in between is preamble. Every step looks at each line a bounded
// number of times, and the pass runs at most a few times, so the whole is linear in the text.
import type { Difficulty } from '../model';
import { parseBody, unwrapQuoted, type BodyLine } from './body';
import { BLANK, HEADING, OPAQUE, RULE, TEXT, isBareQuestion, scanDocument, summaryOf, type DetailsBlock, type Doc, type Heading } from './scan';
import {
  NOT_A_QUESTION,
  READS_STRONG,
  READS_WEAK,
  boldLine,
  cutTitle,
  flatten,
  indentOf,
  isBlank,
  labelOf,
  leadingNumber,
  normalizeKey,
  questionPrefix,
  questionReading,
  roleNamed,
  stripMarks,
  stripTags,
  tail,
  trimSpaces,
  type LabelKind,
  type Marks,
} from './text';
import type { DocumentLayout, DocumentUnit, LineRange, SplitResult } from './types';

const LAYOUTS: DocumentLayout[] = ['heading', 'bold', 'qa', 'numbered', 'details'];
const LAYOUT_NAMES: Record<DocumentLayout, string> = {
  heading: 'question heading',
  bold: 'bold question',
  qa: 'labelled question (Q:)',
  numbered: 'numbered question',
  details: 'collapsible question (<details>)',
};
/** Labels of a question's parts: a heading with one of these stays inside the question it follows. */
const PART_LABELS = new Set<LabelKind>(['answer', 'hints', 'evaluation', 'followUps']);
/** "Q:", "Question 3:" open a labelled question without a number; Scenario, Task and the like need one ("Scenario 2:"). */
const QA_WORDS = new Set(['q', 'question', 'interview question']);

/** One question as found, before its body is read. */
interface Found {
  layout: DocumentLayout;
  start: number;
  end: number;
  /** First line after the question text (for <details>: the line holding </summary>). */
  bodyStart: number;
  /** For <details>: the column just after </summary> on `bodyStart`. */
  bodyColumn?: number;
  details?: DetailsBlock;
  heading?: Heading;
  /** The question text (markdown), possibly empty ("## Question", "## Scenario 2"). */
  question: string;
  /** The question text flattened to plain words, when already worked out. */
  plain?: string;
  number?: number;
  marks: Marks;
  topic?: string;
  role?: string;
}

interface Context {
  doc: Doc;
  questionHeading: boolean[];
  titleIndex: number;
  /** Whether most <details> summaries read as questions: then every summary that is not a label ("Answer") is one. */
  lenientSummaries: boolean;
}

export function splitDocument(text: string): SplitResult {
  const doc = scanDocument(text);
  const count = doc.lines.length;
  const context = prepare(doc);
  let enabled = new Set(LAYOUTS);
  let found = scan(context, enabled);
  // A layout met once beside one met often is more likely prose that looks like a question ("**Why this list?**"): drop it and look again.
  for (let round = 0; round < FAMILIES.length; round++) {
    const counts = countFamilies(found);
    const single = FAMILIES.filter((family) => counts.get(family) === 1);
    if (single.length === 0 || !FAMILIES.some((family) => (counts.get(family) ?? 0) >= 2)) break;
    enabled = new Set([...enabled].filter((layout) => !single.includes(FAMILY[layout])));
    found = scan(context, enabled);
  }
  const counts = countFamilies(found);
  if (!FAMILIES.some((family) => (counts.get(family) ?? 0) >= 2)) {
    return { units: [], preamble: count > 0 ? [{ startLine: 0, endLine: count }] : [], reason: reasonFor(context, found) };
  }
  const stars: Array<number | undefined> = [];
  const units = found.map((item) => buildUnit(context, item, stars));
  resolveStars(
    units,
    stars,
    found.some((item) => item.marks.emojiScale),
  );
  return { units, preamble: gaps(units, count) };
}

/** Bold and labelled questions mix freely in one list ("**Q2. …**" then "Q3: …"), so they count together. */
const FAMILY: Record<DocumentLayout, string> = { heading: 'heading', bold: 'labelled', qa: 'labelled', numbered: 'numbered', details: 'details' };
const FAMILIES = ['heading', 'labelled', 'numbered', 'details'];

function countFamilies(found: Found[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of found) counts.set(FAMILY[item.layout], (counts.get(FAMILY[item.layout]) ?? 0) + 1);
  return counts;
}

function gaps(units: DocumentUnit[], count: number): LineRange[] {
  const ranges: LineRange[] = [];
  let at = 0;
  for (const unit of units) {
    if (unit.startLine > at) ranges.push({ startLine: at, endLine: unit.startLine });
    at = unit.endLine;
  }
  if (at < count) ranges.push({ startLine: at, endLine: count });
  return ranges;
}

// ---------------------------------------------------------------------------------------------
// What is known before the pass

function prepare(doc: Doc): Context {
  const { headings } = doc;
  // A heading that only starts like a question ("Explain …") counts when most of its siblings read as questions too.
  const groupKeys: string[] = [];
  const groups = new Map<string, { questions: number; total: number }>();
  const stack: number[] = [];
  headings.forEach((heading, index) => {
    while (stack.length > 0 && headings[stack[stack.length - 1]].level >= heading.level) stack.pop();
    const key = `${stack.length > 0 ? stack[stack.length - 1] : -1}:${heading.level}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { questions: 0, total: 0 }));
    group.total++;
    if (heading.reading !== NOT_A_QUESTION || heading.prefixed) group.questions++;
    groupKeys.push(key);
    stack.push(index);
  });
  const questionHeading = headings.map((heading, index) => {
    if (heading.label && heading.label.kind !== 'question') return false;
    if (heading.prefixed || heading.reading === READS_STRONG || isBareQuestion(heading)) return true;
    if (heading.reading !== READS_WEAK) return false;
    if (heading.number !== undefined) return true;
    const group = groups.get(groupKeys[index]);
    return group !== undefined && group.questions >= 2 && group.questions * 2 >= group.total;
  });
  let titleIndex = -1;
  if (headings.length > 0 && !questionHeading[0]) {
    const first = headings[0].level;
    if (headings.every((heading, index) => index === 0 || heading.level > first)) titleIndex = 0;
  }
  let summaries = 0;
  let questions = 0;
  for (const block of doc.details.values()) {
    const summary = summaryOf(doc, block);
    if (!summary) continue;
    summaries++;
    if (summaryReads(summary.html)) questions++;
  }
  return { doc, questionHeading, titleIndex, lenientSummaries: questions >= 2 && questions * 2 >= summaries };
}

function summaryReads(html: string): boolean {
  const words = flatten(html);
  const prefix = questionPrefix(words);
  if (prefix) return true;
  const numbered = leadingNumber(words);
  return questionReading(numbered ? numbered.rest : words) !== NOT_A_QUESTION;
}

// A summary that only labels what it hides: the block belongs to the question before it.
const LABEL_SUMMARY =
  /^(?:show|see|view|reveal|hide|click(?: here)?(?: to| for)?(?: see| show| view| reveal| expand| open)?|expand|toggle|open)?\s{0,3}(?:the\s{1,3})?(?:answer|answers|solution|solutions|hints?|explanation|follow[- ]?ups?|details|more|code|output|example|table of contents|contents|toc)?\s{0,3}$/i;

function questionSummary(context: Context, html: string): boolean {
  const words = flatten(html);
  if (words === '' || LABEL_SUMMARY.test(words.slice(0, 80))) return false;
  const label = labelOf(words);
  if (label && label.kind !== 'question' && label.rest === '') return false;
  return context.lenientSummaries || summaryReads(html);
}

// ---------------------------------------------------------------------------------------------
// The pass

function scan(context: Context, enabled: Set<DocumentLayout>): Found[] {
  const { doc, questionHeading, titleIndex } = context;
  const { lines, kinds, headings, headingOf } = doc;
  const count = lines.length;
  const found: Found[] = [];
  // The section headings around the current line, by level (1-6); question headings are never here.
  const stack: Array<Heading | undefined> = new Array<Heading | undefined>(7);
  let sectionLabel: { text: string; role?: string } | undefined;
  let lastNumber: number | undefined;
  let open: Found | undefined;

  const close = (at: number) => {
    if (!open) return;
    open.end = at;
    found.push(open);
    open = undefined;
  };
  const clearFrom = (level: number) => {
    for (let at = level; at <= 6; at++) stack[at] = undefined;
    sectionLabel = undefined;
    lastNumber = undefined;
  };
  const topicBelow = (level: number): string | undefined => {
    if (level > 6 && sectionLabel) return sectionLabel.text;
    for (let at = Math.min(level - 1, 6); at >= 1; at--) {
      const heading = stack[at];
      if (heading && heading.line !== headings[titleIndex]?.line && heading.plain !== '') return heading.plain;
    }
    return undefined;
  };
  const roleBelow = (level: number): string | undefined => {
    if (level > 6 && sectionLabel?.role) return sectionLabel.role;
    for (let at = Math.min(level - 1, 6); at >= 1; at--) if (stack[at]?.role) return stack[at]!.role;
    return undefined;
  };
  const sectionLevel = (): number => {
    for (let at = 6; at >= 1; at--) if (stack[at]) return at;
    return 0;
  };
  const paragraphStart = (index: number) => index === 0 || kinds[index - 1] !== TEXT;

  /** Where a heading question ends: the next heading of a higher level, or of its own level unless that one labels an answer or hints. */
  const headingEnd = (index: number): number => {
    const level = headings[index].level;
    for (let next = index + 1; next < headings.length; next++) {
      const heading = headings[next];
      if (heading.level < level) return heading.line;
      if (heading.level === level && !(heading.label && PART_LABELS.has(heading.label.kind))) return heading.line;
    }
    return count;
  };
  /** Where a <details> that is never closed ends: at the next heading or top-level <details>. */
  const unclosedEnd = (line: number): number => {
    for (let next = line + 1; next < count; next++) if (kinds[next] === HEADING || doc.details.has(next)) return next;
    return count;
  };

  const candidate = (index: number): Found | undefined => inlineCandidate(doc, index, paragraphStart(index));

  const accept = (item: Found): boolean => {
    if (!enabled.has(item.layout)) return false;
    if (item.layout === 'numbered' && lastNumber !== undefined && (item.number ?? 0) <= lastNumber) return false;
    if (!open || open.layout === item.layout) return true;
    const labelled = (layout: DocumentLayout) => layout === 'bold' || layout === 'qa';
    if (labelled(open.layout) && labelled(item.layout)) return true;
    return item.number !== undefined && open.number !== undefined && item.number === open.number + 1;
  };

  let index = 0;
  while (index < count) {
    const kind = kinds[index];
    if (kind === BLANK || kind === RULE || kind === OPAQUE) {
      index++;
      continue;
    }
    if (kind === HEADING) {
      const headingIndex = headingOf[index];
      const heading = headings[headingIndex];
      if (enabled.has('heading') && questionHeading[headingIndex]) {
        close(index);
        const end = headingEnd(headingIndex);
        const item: Found = { layout: 'heading', start: index, end, bodyStart: index + 1, heading, question: heading.question, marks: { ...heading.marks } };
        if (heading.number !== undefined) item.number = heading.number;
        setContext(item, topicBelow(heading.level), heading.role ?? roleBelow(heading.level));
        found.push(item);
        clearFrom(heading.level);
        index = end;
        continue;
      }
      // "#### Hints" under a bold question is part of it.
      if (open && heading.label && PART_LABELS.has(heading.label.kind) && heading.level > sectionLevel()) {
        index++;
        continue;
      }
      close(index);
      clearFrom(heading.level);
      stack[heading.level] = heading;
      index++;
      continue;
    }
    // Plain text.
    const block = doc.details.get(index);
    if (block) {
      const summary = enabled.has('details') ? summaryOf(doc, block) : undefined;
      if (summary && questionSummary(context, summary.html)) {
        close(index);
        const end = block.close >= 0 ? block.close + 1 : unclosedEnd(index);
        const question = trimSpaces(stripTags(summary.html));
        const marks: Marks = {};
        const item: Found = {
          layout: 'details',
          start: index,
          end,
          bodyStart: summary.endLine,
          bodyColumn: summary.endColumn,
          details: block,
          question: stripMarks(question, marks),
          marks,
        };
        setContext(item, topicBelow(7), roleBelow(7));
        found.push(item);
        index = end;
        continue;
      }
      // A collapsed answer or hint: it belongs to the question before it, and nothing inside starts a question.
      index = block.close >= 0 ? block.close + 1 : index + 1;
      continue;
    }
    const item = candidate(index);
    if (item && accept(item)) {
      close(index);
      if (item.layout === 'numbered') lastNumber = item.number;
      setContext(item, topicBelow(7), roleBelow(7));
      open = item;
      index = item.bodyStart;
      continue;
    }
    if (!item) {
      const label = sectionLabelAt(doc, index, paragraphStart(index));
      if (label) {
        close(index);
        sectionLabel = label;
        lastNumber = undefined;
        index++;
        continue;
      }
    }
    index++;
  }
  close(count);
  return found;
}

function setContext(item: Found, topic: string | undefined, role: string | undefined): void {
  if (topic) item.topic = topic;
  if (role) item.role = role;
}

function endsWithQuestionMark(text: string): boolean {
  const end = trimSpaces(tail(text, 8));
  return end.endsWith('?') || end.endsWith('？') || end.endsWith('?**') || end.endsWith('?*');
}

/** A bold, labelled or numbered question starting at line `index`, without looking at what came before it. */
function inlineCandidate(doc: Doc, index: number, paragraphStart: boolean): Found | undefined {
  const { lines, kinds } = doc;
  const line = lines[index];
  const marks: Marks = {};
  const label = labelOf(line);
  if (label && label.kind === 'question' && (QA_WORDS.has(label.word) || label.number !== undefined)) {
    const parts: string[] = [];
    let end = index + 1;
    const rest = stripMarks(label.rest, marks);
    if (rest !== '') parts.push(rest);
    else {
      // "**Question:**" alone on its line: the question is the paragraph after it.
      while (end < lines.length && kinds[end] === BLANK) end++;
    }
    if (rest === '' || !endsWithQuestionMark(rest)) end = questionLines(doc, end, parts);
    const item: Found = { layout: 'qa', start: index, end: -1, bodyStart: end, question: parts.join('\n'), marks };
    if (label.number !== undefined) item.number = label.number;
    return item;
  }
  if (label && label.kind !== 'question') return undefined;
  const bold = boldLine(line, marks);
  if (bold !== undefined) {
    const prefix = questionPrefix(bold);
    const numbered = prefix ? undefined : leadingNumber(bold);
    const question = stripMarks(prefix ? prefix.rest : numbered ? numbered.rest : bold, marks);
    const plain = flatten(question);
    if (!prefix && questionReading(plain) === NOT_A_QUESTION) return undefined;
    const item: Found = { layout: 'bold', start: index, end: -1, bodyStart: index + 1, question, plain, marks };
    const number = prefix?.number ?? numbered?.number;
    if (number !== undefined) item.number = number;
    return item;
  }
  if (!paragraphStart || indentOf(line) > 1) return undefined;
  const numbered = leadingNumber(trimSpaces(line));
  if (!numbered) return undefined;
  // "1. …" directly followed by "2. …" is an ordinary list, not questions with answers.
  const next = index + 1 < lines.length && kinds[index + 1] === TEXT ? lines[index + 1] : undefined;
  if (next !== undefined && indentOf(next) <= 3 && leadingNumber(trimSpaces(next))) return undefined;
  const boldRest = boldLine(numbered.rest, marks);
  const first = stripMarks(boldRest ?? numbered.rest, marks);
  if (questionReading(flatten(first)) === NOT_A_QUESTION) return undefined;
  const parts = [first];
  const end = endsWithQuestionMark(first) ? index + 1 : questionLines(doc, index + 1, parts);
  return { layout: 'numbered', start: index, end: -1, bodyStart: end, question: parts.join('\n'), number: numbered.number, marks };
}

/** The rest of a question's paragraph from `from`: up to a blank line, a label, or just after a line ending in "?". */
function questionLines(doc: Doc, from: number, parts: string[]): number {
  let end = from;
  while (end < doc.lines.length && doc.kinds[end] === TEXT && !doc.details.has(end)) {
    const text = doc.lines[end];
    if (labelOf(text)) break;
    parts.push(text);
    end++;
    if (endsWithQuestionMark(text)) break;
  }
  return end;
}

/**
 * A short line standing alone that names a section, as text pasted from a PDF has them ("System
 * Design", "Behavioral Questions", "**Deep Learning**"), when a question follows it.
 */
function sectionLabelAt(doc: Doc, index: number, paragraphStart: boolean): { text: string; role?: string } | undefined {
  const { lines, kinds } = doc;
  if (!paragraphStart || (index + 1 < lines.length && kinds[index + 1] === TEXT)) return undefined;
  const line = lines[index];
  if (line.length > 120) return undefined;
  const trimmed = trimSpaces(line);
  if (/^(?:[-*+>|<![#]|\d+[.)])/.test(trimmed) || labelOf(trimmed)) return undefined;
  const bold = boldLine(trimmed, {});
  let text = flatten(bold ?? trimmed);
  if (text.endsWith(':')) text = trimSpaces(text.slice(0, -1));
  if (text.length < 2 || text.length > 60 || /[.?!,;]$/.test(text) || !/^[\p{Lu}\p{N}]/u.test(text)) return undefined;
  const words = text.split(' ');
  if (words.length > 8 || questionReading(text) !== NOT_A_QUESTION || /^page\s+\d/i.test(text)) return undefined;
  const titled =
    bold !== undefined || (text === text.toUpperCase() && /\p{Lu}/u.test(text)) || words.every((word) => word.length < 4 || /^[\p{Lu}\p{N}(&"'“]/u.test(word));
  if (!titled) return undefined;
  let next = index + 1;
  while (next < lines.length && (kinds[next] === BLANK || kinds[next] === RULE)) next++;
  if (next >= lines.length || kinds[next] !== TEXT) return undefined;
  if (!doc.details.has(next) && !inlineCandidate(doc, next, true)) return undefined;
  const label: { text: string; role?: string } = { text };
  const role = roleNamed(text);
  if (role) label.role = role;
  return label;
}

// ---------------------------------------------------------------------------------------------
// From what was found to a unit

function bodyLines(doc: Doc, item: Found): BodyLine[] {
  const { lines, kinds, headings, headingOf } = doc;
  const result: BodyLine[] = [];
  const full = (index: number): BodyLine => {
    const line: BodyLine = { text: lines[index], opaque: kinds[index] === OPAQUE };
    if (kinds[index] === HEADING) line.heading = headings[headingOf[index]];
    return line;
  };
  if (item.layout !== 'details') {
    for (let index = item.bodyStart; index < item.end; index++) result.push(full(index));
    return result;
  }
  // A <details> block: from just after </summary> to just before its </details>.
  const close = item.details && item.details.close >= 0 ? item.details.close : -1;
  const last = close >= 0 ? close : item.end - 1;
  for (let index = item.bodyStart; index <= last; index++) {
    let text = lines[index];
    let partial = false;
    let cut = text.length;
    if (index === close) {
      const at = text.toLowerCase().lastIndexOf('</details');
      if (at >= 0) cut = at;
    }
    const from = index === item.bodyStart ? (item.bodyColumn ?? 0) : 0;
    if (from > 0 || cut < text.length) {
      text = from < cut ? text.slice(from, cut) : '';
      partial = true;
    }
    if (partial) {
      if (!isBlank(text)) result.push({ text, opaque: false });
    } else result.push(full(index));
  }
  return result;
}

/** A unit; the stars its question was marked with go into `stars` until the document's scale says what they mean. */
function buildUnit(context: Context, item: Found, stars: Array<number | undefined>): DocumentUnit {
  const body = parseBody(bodyLines(context.doc, item));
  const question = item.question;
  let prompt: string;
  let answer: string;
  if (body.prompt !== undefined && body.prompt !== '') {
    if (body.answer !== undefined) {
      prompt = join(body.lead, body.prompt);
      answer = body.answer;
    } else {
      const [first, rest] = firstParagraph(body.prompt);
      prompt = join(body.lead, first);
      answer = rest;
    }
  } else if (body.answer !== undefined) {
    prompt = join(question, body.lead);
    answer = body.answer;
  } else if (!isBlank(question)) {
    prompt = question;
    answer = item.layout === 'qa' ? unwrapQuoted(body.lead) : body.lead;
  } else {
    const [first, rest] = firstParagraph(body.lead);
    prompt = first;
    answer = rest;
  }
  const plain = item.plain ?? flatten(question);
  const titleSource = plain || flatten(prompt.split('\n', 1)[0] ?? '');
  const title = cutTitle(titleSource) || (item.number !== undefined ? `Question ${item.number}` : 'Untitled question');
  const marks: Marks = { ...body.marks, ...definedOnly(item.marks) };
  const unit: DocumentUnit = {
    startLine: item.start,
    endLine: item.end,
    layout: item.layout,
    title,
    prompt,
    answer,
    hints: body.hints,
    evaluation: body.evaluation,
    followUps: body.followUps,
    key: normalizeKey(plain === '' ? prompt : plain) || normalizeKey(answer),
  };
  if (item.heading?.prefixWord) unit.prefix = item.heading.prefixWord;
  const topic = body.topic ?? item.topic;
  if (topic) unit.topic = topic;
  const role = body.role ?? item.role;
  if (role) unit.role = role;
  if (marks.difficulty) unit.difficulty = marks.difficulty;
  if (marks.minutes) unit.minutes = marks.minutes;
  stars.push(marks.stars);
  if (marks.emojiScale) item.marks.emojiScale = true;
  return unit;
}

function definedOnly(marks: Marks): Marks {
  const result: Marks = {};
  if (marks.difficulty !== undefined) result.difficulty = marks.difficulty;
  if (marks.minutes !== undefined) result.minutes = marks.minutes;
  if (marks.stars !== undefined) result.stars = marks.stars;
  if (marks.emojiScale) result.emojiScale = true;
  return result;
}

/**
 * Stars mean what the document's scale says: beside 👶 and 🚀 one star is the middle step;
 * in a document that counts stars, one to three stars are easy to hard.
 */
function resolveStars(units: DocumentUnit[], stars: Array<number | undefined>, emojiScale: boolean): void {
  let most = 0;
  for (const count of stars) most = Math.max(most, count ?? 0);
  const scale: Difficulty[] = ['easy', 'medium', 'hard'];
  units.forEach((unit, index) => {
    const count = stars[index];
    if (unit.difficulty || !count) return;
    unit.difficulty = emojiScale || most < 2 ? 'medium' : scale[Math.min(count, 3) - 1];
  });
}

function join(...texts: string[]): string {
  return texts.filter((text) => !isBlank(text)).join('\n\n');
}

/** The first paragraph of a text and the rest. */
function firstParagraph(text: string): [string, string] {
  const lines = text.split('\n');
  let end = 0;
  while (end < lines.length && isBlank(lines[end])) end++;
  const start = end;
  while (end < lines.length && !isBlank(lines[end])) end++;
  return [
    lines.slice(start, end).join('\n'),
    lines
      .slice(end)
      .join('\n')
      .replace(/^\s*\n/, '')
      .trim(),
  ];
}

// ---------------------------------------------------------------------------------------------
// Why there are no units

function reasonFor(context: Context, found: Found[]): string {
  const { doc } = context;
  const { kinds } = doc;
  if (found.length === 1) {
    const only = found[0];
    if (only.heading && isBareQuestion(only.heading)) {
      return `one question only: a "${only.heading.plain}" heading with its answer, the single-question layout`;
    }
    return `one question only: a ${LAYOUT_NAMES[only.layout]} at line ${only.start + 1}`;
  }
  if (found.length > 1) {
    return `no layout holds two questions: ${found.map((item) => `a ${LAYOUT_NAMES[item.layout]} at line ${item.start + 1}`).join(', ')}`;
  }
  let paragraphs = 0;
  let text = 0;
  let code = 0;
  for (let index = 0; index < kinds.length; index++) {
    if (kinds[index] === TEXT) {
      text++;
      if (index === 0 || kinds[index - 1] !== TEXT) paragraphs++;
    } else if (kinds[index] === OPAQUE) code++;
  }
  const headings = doc.headings.length;
  if (headings === 0 && text === 0)
    return code > 0 ? 'no question found: the document holds only code and comments' : 'no question found: the document is empty';
  const parts = [plural(headings, 'heading'), plural(paragraphs, 'paragraph')];
  if (doc.details.size > 0) parts.push(plural(doc.details.size, 'collapsible block'));
  return `no question found: ${parts.join(', ')}, none reads as a question`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
