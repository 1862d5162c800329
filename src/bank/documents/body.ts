// The lines of one question after its question text: what is prompt, answer, hints, evaluation
// points and follow-ups, going by the labels and sub-headings the author wrote, and the
// difficulty, time, topic and role lines among them.
import { listItems } from '../sections';
import type { Heading } from './scan';
import { flatten, isBlank, labelOf, minutesIn, difficultyIn, onlyMarks, roleNamed, trimSpaces, type LabelKind, type Marks } from './text';

export interface BodyLine {
  text: string;
  /** In a code fence or comment: copied as it is. */
  opaque: boolean;
  heading?: Heading;
}

type Part = 'lead' | 'prompt' | 'answer' | 'hints' | 'evaluation' | 'followUps';

export interface Body {
  /** Text before any label: the answer, unless a label says where the answer starts. */
  lead: string;
  prompt?: string;
  answer?: string;
  hints: string[];
  evaluation: string[];
  followUps: string[];
  marks: Marks;
  topic?: string;
  role?: string;
}

const PART_OF: Partial<Record<LabelKind, Part>> = {
  question: 'prompt',
  answer: 'answer',
  hints: 'hints',
  evaluation: 'evaluation',
  followUps: 'followUps',
};
// Inside a question these name its prompt; "Case:" or "Exercise:" at a paragraph's start is more often answer text.
const PROMPT_WORDS = new Set(['q', 'question', 'the question', 'prompt', 'problem', 'problem statement', 'scenario', 'task', 'interview question']);
const SUMMARY_PART =
  /^(?:show|see|view|reveal|click(?: here)? (?:to|for)(?: see| show| view| reveal| expand)?|expand(?: to see)?|toggle)?\s{0,3}(?:the\s{1,3})?(answer|solution|hints?|explanation|follow[- ]?ups?)\b/i;

function summaryPart(html: string): Part | undefined {
  const words = flatten(html);
  const label = labelOf(words);
  if (label && label.rest === '' && PART_OF[label.kind] && label.kind !== 'question') return PART_OF[label.kind];
  const match = SUMMARY_PART.exec(words.slice(0, 80));
  if (!match || match[0].length < words.length - 2) return undefined;
  const word = match[1].toLowerCase();
  return word.startsWith('hint') ? 'hints' : word.startsWith('follow') ? 'followUps' : 'answer';
}

/** The inner HTML of a `<summary>` on this line, and what follows `</summary>`, if the line holds both. */
function inlineSummary(text: string): { html: string; after: string } | undefined {
  const lower = text.toLowerCase();
  const open = lower.indexOf('<summary');
  if (open < 0) return undefined;
  const start = lower.indexOf('>', open);
  const close = start < 0 ? -1 : lower.indexOf('</summary', start);
  if (close < 0) return undefined;
  const end = lower.indexOf('>', close);
  return { html: text.slice(start + 1, close), after: end < 0 ? '' : text.slice(end + 1) };
}

export function parseBody(lines: BodyLine[]): Body {
  if (lines.length === 0) return { lead: '', hints: [], evaluation: [], followUps: [], marks: {} };
  const parts: Record<Part, string[]> = { lead: [], prompt: [], answer: [], hints: [], evaluation: [], followUps: [] };
  const seen = new Set<Part>();
  const marks: Marks = {};
  let topic: string | undefined;
  let role: string | undefined;
  let current: Part = 'lead';
  // One entry per <details> met inside the body: whether it was unwrapped (a collapsed answer or hint).
  const details: boolean[] = [];
  let paragraphStart = true;
  const switchTo = (part: Part, rest: string) => {
    current = part;
    seen.add(part);
    if (rest !== '') parts[part].push(rest);
  };

  for (let index = 0; index < lines.length; index++) {
    const { text, opaque, heading } = lines[index];
    if (opaque) {
      parts[current].push(text);
      paragraphStart = false;
      continue;
    }
    if (heading) {
      const part = heading.label ? PART_OF[heading.label.kind] : undefined;
      if (part && (part !== 'prompt' || !seen.has('answer'))) switchTo(part, heading.label!.rest);
      else parts[current].push(text);
      paragraphStart = true;
      continue;
    }
    const trimmed = trimSpaces(text);
    if (trimmed === '') {
      // One blank line keeps paragraphs apart; the lines dropped around it (labels, </details>) would leave more.
      const part = parts[current];
      if (part.length === 0 || !isBlank(part[part.length - 1])) part.push(text);
      paragraphStart = true;
      continue;
    }
    const lowerStart = trimmed.slice(0, 10).toLowerCase();
    if (lowerStart.startsWith('<details')) {
      let summary = inlineSummary(trimmed);
      let skip = 0;
      if (!summary && index + 1 < lines.length && !lines[index + 1].opaque) {
        summary = inlineSummary(trimSpaces(lines[index + 1].text));
        if (summary) skip = 1;
      }
      const part = summary ? summaryPart(summary.html) : undefined;
      details.push(part !== undefined);
      if (part) {
        switchTo(part, trimSpaces(summary!.after));
        index += skip;
      } else parts[current].push(text);
      paragraphStart = true;
      continue;
    }
    if (lowerStart.startsWith('</details') && details.length > 0) {
      if (!details.pop()) parts[current].push(text);
      paragraphStart = true;
      continue;
    }
    const label = labelOf(text);
    if (label) {
      // A part's label ("Answer:") opens a paragraph or stands out; a difficulty or time line may sit anywhere.
      const part = PART_OF[label.kind];
      if (part) {
        if (
          (paragraphStart || label.emphasized || label.word === 'a' || label.word === 'q') &&
          (part !== 'prompt' || (PROMPT_WORDS.has(label.word) && !seen.has('answer')))
        ) {
          switchTo(part, label.rest);
          paragraphStart = false;
          continue;
        }
      } else if (metaLine(label.kind, label.rest)) {
        paragraphStart = false;
        continue;
      }
    }
    if (onlyMarks(trimmed, marks)) continue;
    parts[current].push(text);
    paragraphStart = false;
  }

  function metaLine(kind: LabelKind, rest: string): boolean {
    if (kind === 'difficulty' || kind === 'time') {
      const difficulty = difficultyIn(rest);
      const minutes = minutesIn(rest);
      if (kind === 'difficulty' ? difficulty === undefined : minutes === undefined) return false;
      if (difficulty) marks.difficulty ??= difficulty;
      if (minutes) marks.minutes ??= minutes;
      return true;
    }
    if (kind === 'topic') {
      const words = flatten(rest);
      if (words === '') return false;
      topic ??= words;
      return true;
    }
    if (kind === 'role') {
      const named = roleNamed(rest);
      if (!named) return false;
      role ??= named;
      return true;
    }
    return false;
  }

  const body: Body = {
    lead: block(parts.lead),
    hints: itemsOf(block(parts.hints)),
    evaluation: itemsOf(block(parts.evaluation)),
    followUps: itemsOf(block(parts.followUps)),
    marks,
  };
  if (seen.has('prompt')) body.prompt = block(parts.prompt);
  if (seen.has('answer')) body.answer = block(parts.answer);
  if (topic) body.topic = topic;
  if (role) body.role = role;
  return body;
}

/** Lines joined, without the blank lines and rules (---) at either end. */
export function block(lines: string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && isFiller(lines[start])) start++;
  while (end > start && isFiller(lines[end - 1])) end--;
  return start === 0 && end === lines.length ? lines.join('\n') : lines.slice(start, end).join('\n');
}

function isFiller(line: string): boolean {
  const trimmed = trimSpaces(line);
  return trimmed === '' || (trimmed.length <= 80 && /^([-*_])(?:\s{0,3}\1){2,}$/.test(trimmed));
}

/** List items of a part, or its paragraphs when it has no list. */
export function itemsOf(text: string): string[] {
  if (text === '') return [];
  const items = listItems(text);
  if (items.length > 0) return items;
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.split('\n').map(trimSpaces).join(' '))
    .filter((paragraph) => !isBlank(paragraph));
}

/** An answer written as quoted or italic paragraphs, unwrapped: every line quoted loses its `>`, a paragraph in *…* its stars. */
export function unwrapQuoted(text: string): string {
  const lines = text.split('\n');
  const quoted = lines.every((line) => isBlank(line) || /^\s{0,3}>/.test(line));
  const unquoted = quoted ? lines.map((line) => line.replace(/^\s{0,3}> ?/, '')) : lines;
  return unquoted
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => {
      const inner = trimSpaces(paragraph);
      const marker = inner[0];
      if ((marker !== '*' && marker !== '_') || inner.length < 3 || inner[inner.length - 1] !== marker) return paragraph;
      const words = inner.slice(1, -1);
      // A star inside a code span ("COUNT(*)") is not emphasis.
      return words.replace(/`[^`\n]*`/g, '').includes(marker) || isBlank(words[0]) || isBlank(words[words.length - 1]) ? paragraph : words;
    })
    .join('\n\n');
}
