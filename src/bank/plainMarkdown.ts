// Best-effort import of plain markdown questions (no front matter), the layout many public
// interview repositories use: role folders of files with "Question" and "Answer" headings.
// Every field guessed here is listed in `inferred`.
import * as path from 'node:path';
import { cutTitle, flatten, headingWords, namesOnlyRole } from './documents';
import { KNOWN_ROLES, type Difficulty, type Kind, type Question } from './model';
import { headingText, isBreakCode, isSpaceCode, listItems } from './sections';

export interface PlainHeading {
  level: number;
  text: string;
  /** 0-based line index. */
  line: number;
}

export interface PlainExtract {
  title?: string;
  topic?: string;
  prompt?: string;
  answer?: string;
  hints: string[];
  evaluation: string[];
  followUps: string[];
  difficulty?: Difficulty;
  minutes?: number;
}

const QUESTION_HEADING = /^(the\s+)?(question|prompt|problem|scenario|task)\b/i;
const ANSWER_HEADING = /^(model\s+|sample\s+|suggested\s+|example\s+|expected\s+)?(answer|solution|response)s?\b/i;
const EVALUATION_HEADING =
  /(evaluat|what\s+(it|this(\s+question)?|the\s+question|interviewers?)\s+(tests?|looks?\s+for|assess)|key\s+points|rubric|assessment|scoring)/i;
const HINT_HEADING = /^hints?\b/i;
const FOLLOW_UP_HEADING = /^follow[- ]?ups?\b/i;
// The topic label of `/^\s*(?:\*\*|__)?topic(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+?)\s*$/i`; `topicOfLine` finds the
// rest without that pattern's backtracking, which took seconds on one long line of spaces.
const TOPIC_LABEL = /^\s*(?:\*\*|__)?topic(?:\*\*|__)?\s*:/i;

export function headingsOf(lines: string[]): PlainHeading[] {
  const headings: PlainHeading[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = undefined;
      return;
    }
    if (fence || line.charCodeAt(0) !== 35) return;
    // `/^(#{1,6})\s+(.+?)\s*#*\s*$/`, without its backtracking on long lines.
    let level = 1;
    while (line.charCodeAt(level) === 35) level++;
    const text = level <= 6 ? headingText(line, level) : undefined;
    if (text !== undefined) headings.push({ level, text: stripEmphasis(text), line: index });
  });
  return headings;
}

export function extractPlain(text: string): PlainExtract {
  const lines = text.split(/\r?\n/);
  const headings = headingsOf(lines);
  const sectionText = (heading: PlainHeading): string => {
    const next = headings.find((candidate) => candidate.line > heading.line && candidate.level <= heading.level);
    return lines
      .slice(heading.line + 1, next ? next.line : lines.length)
      .join('\n')
      .trim();
  };
  const find = (pattern: RegExp): PlainHeading | undefined => headings.find((heading) => pattern.test(heading.text.replace(/^\d+[.)]\s*/, '')));

  const extract: PlainExtract = { hints: [], evaluation: [], followUps: [] };
  const topicHeading = headings.find((heading) => /^topic\s*:/i.test(heading.text));
  if (topicHeading) extract.topic = topicHeading.text.replace(/^topic\s*:\s*/i, '').trim();
  else {
    for (const line of lines) {
      const topic = topicOfLine(line);
      if (topic === undefined) continue;
      extract.topic = stripEmphasis(topic);
      break;
    }
  }
  // A heading that names a part of the question ("Answer", "What this question tests", "Hints") is not its title.
  const partHeading = (heading: PlainHeading) =>
    [ANSWER_HEADING, EVALUATION_HEADING, HINT_HEADING, FOLLOW_UP_HEADING].some((pattern) => pattern.test(heading.text));
  const titleHeading =
    headings.find((heading) => heading !== topicHeading && !QUESTION_HEADING.test(heading.text) && !partHeading(heading) && heading.level <= 2) ??
    headings.find((heading) => heading !== topicHeading && !partHeading(heading));
  if (titleHeading) extract.title = titleHeading.text.replace(/^(question|q)\s*(?:\d+\s*)?[:.-]\s*/i, '').trim() || titleHeading.text;
  // Bare emphasis ("# ****", "Topic: __") strips to nothing: no title or topic rather than a blank one.
  if (!extract.title) delete extract.title;
  if (!extract.topic) delete extract.topic;

  const questionHeading = find(QUESTION_HEADING);
  const questionText = questionHeading ? promptFrom(sectionText(questionHeading)) : '';
  // "## Question: What is X?" carries the prompt in the heading itself.
  const inlineQuestion = questionHeading
    ? questionHeading.text
        .replace(QUESTION_HEADING, '')
        .replace(/^\s*(?:\d+\s*)?[:.-]\s*/, '')
        .trim()
    : '';
  extract.prompt = firstNonEmpty(questionText, inlineQuestion.length > 10 ? inlineQuestion : '', firstBlockquote(lines), firstParagraph(lines, headings));
  const answerHeading = find(ANSWER_HEADING);
  if (answerHeading) extract.answer = sectionText(answerHeading) || undefined;
  const evaluationHeading = find(EVALUATION_HEADING);
  if (evaluationHeading) extract.evaluation = listItems(sectionText(evaluationHeading));
  const hintHeading = find(HINT_HEADING);
  if (hintHeading) extract.hints = listItems(sectionText(hintHeading));
  const followHeading = find(FOLLOW_UP_HEADING);
  if (followHeading) extract.followUps = listItems(sectionText(followHeading));

  const difficulty = /\b(?:difficulty|complexity|level)\s*(?:\*+\s*)?:\s*(?:\*+\s*)?(easy|medium|hard)\b/i.exec(text);
  if (difficulty) extract.difficulty = difficulty[1].toLowerCase() as Difficulty;
  const minutes = /\b(?:time(?:\s+allocated|\s+limit)?|expected\s+response\s+time|duration)\s*(?:\*+\s*)?:\s*(?:\*+\s*)?(\d{1,3})\s*(?:min|minutes)\b/i.exec(
    text,
  );
  if (minutes && Number(minutes[1]) >= 1 && Number(minutes[1]) <= 240) extract.minutes = Number(minutes[1]);
  return extract;
}

/** A question's fields as far as a plain file gives them; the loader adds file, bank and tags. */
export type PlainQuestion = Pick<Question, 'id' | 'title' | 'roles' | 'topic' | 'kind' | 'difficulty' | 'time' | 'evaluation'> & { inferred: string[] };

/**
 * The title to show instead of one taken from a heading, should that heading turn out to be
 * boilerplate: the same words (`heading`, as `headingWords` gives them) open many files of the folder.
 */
export interface Retitle {
  heading: string;
  title: string;
}

/**
 * A question from a plain markdown file, or undefined for a file that is plainly not a question
 * (no prompt, or neither a question section nor an answer).
 */
export function importPlainQuestion(file: string, bank: string, text: string, defaultMinutes: number): PlainQuestion | undefined {
  return readPlainQuestion(file, bank, text, defaultMinutes)?.question;
}

/** `importPlainQuestion`, with the title to use should the folder show its heading to be boilerplate. */
export function readPlainQuestion(
  file: string,
  bank: string,
  text: string,
  defaultMinutes: number,
): { question: PlainQuestion; retitle?: Retitle } | undefined {
  const extract = extractPlain(text);
  const hasQuestion = headingsOf(text.split(/\r?\n/)).some((heading) => QUESTION_HEADING.test(heading.text.replace(/^\d+[.)]\s*/, '')));
  if (!extract.prompt || (!hasQuestion && !extract.answer)) return undefined;
  const relative = path.relative(bank, file);
  const { role, subTopic } = folderFacts(file, bank);
  const inferred = ['id', 'kind'];
  const id = slugify(relative.replace(/\.md$/i, '')) || 'question';
  // A name of only dashes and underscores has no words to show: the id stands in.
  const fallbackTitle = path.basename(file, '.md').replace(/[-_]+/g, ' ').trim() || id;
  // A heading that names only a role or "Interview Question" tells no question apart: the question's own words do.
  const questionTitle = cutTitle(flatten(extract.prompt));
  let title = extract.title;
  let retitle: Retitle | undefined;
  if (title !== undefined && namesOnlyRole(title)) title = questionTitle || undefined;
  else if (title !== undefined && questionTitle !== '' && questionTitle !== title) retitle = { heading: headingWords(title), title: questionTitle };
  if (title === undefined || title !== extract.title) inferred.push('title');
  if (!extract.topic) inferred.push('topic');
  if (!extract.difficulty) inferred.push('difficulty');
  if (!extract.minutes) inferred.push('time');
  inferred.push('roles');
  const question: PlainQuestion = {
    id,
    title: title ?? fallbackTitle,
    roles: [role ?? 'General'],
    // Without a topic, the sub-folder or the heading says what the question is about, unless the heading names only a role.
    topic: extract.topic ?? (subTopic || (extract.title === undefined ? fallbackTitle : title === extract.title ? extract.title : 'General')),
    kind: guessKind(`${extract.title ?? ''}\n${extract.prompt}`),
    difficulty: extract.difficulty ?? 'medium',
    time: (extract.minutes ?? defaultMinutes) * 60,
    evaluation: extract.evaluation,
    inferred,
  };
  return retitle ? { question, retitle } : { question };
}

/** What a plain file's place in its bank says: the role of its top folder, the words of the folder below it. */
export function folderFacts(file: string, bank: string): { role?: string; subTopic?: string } {
  const parts = path.dirname(path.relative(bank, file)).split(path.sep);
  if (parts[0] === '.') return {};
  const facts: { role?: string; subTopic?: string } = {};
  const role = roleFromFolder(parts[0]);
  if (role) facts.role = role;
  const subTopic = parts[1] === undefined ? '' : wordsFromFolder(parts[1]);
  if (subTopic) facts.subTopic = subTopic;
  return facts;
}

/** `AI_Engineer`, `ml-engineer`, `data scientist` → a known role's spelling, else capitalised words. */
export function roleFromFolder(folder: string): string {
  const words = wordsFromFolder(folder);
  const squashed = words.toLowerCase().replace(/[^a-z]/g, '');
  return KNOWN_ROLES.find((role) => role.toLowerCase().replace(/[^a-z]/g, '') === squashed) ?? words;
}

const ACRONYMS = new Set(['ai', 'ml', 'llm', 'llms', 'nlp', 'mlops', 'rag', 'api', 'sql', 'cv', 'genai', 'qa']);

export function wordsFromFolder(folder: string): string {
  return folder
    .replace(/^\d+[-_. ]+/, '')
    .split(/[-_\s.]+/)
    .filter(Boolean)
    .map((word) => (ACRONYMS.has(word.toLowerCase()) ? (word.toLowerCase() === 'mlops' ? 'MLOps' : word.toUpperCase()) : word[0].toUpperCase() + word.slice(1)))
    .join(' ');
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

export function guessKind(text: string): Kind {
  if (/\b(tell me about a time|describe a (time|situation)|give an example of a time|STAR\b)/i.test(text)) return 'behavioral';
  if (/\b(design (a|an|the)\b|system design|architect (a|an)\b)/i.test(text)) return 'system-design';
  return 'concept';
}

const METADATA_LINE =
  /^\s*(?:[-*]\s*)?(\*\*|__)?(difficulty|complexity|level|time( allocated| limit)?|type|focus( area)?|expected response time|topic|tags?)(\*\*|__)?\s*:/i;

/** A question section's prompt: its blockquote if it has one, else its text without metadata lines. */
function promptFrom(section: string): string {
  const lines = section.split(/\r?\n/);
  return (
    firstBlockquote(lines) ||
    lines
      .filter((line) => !METADATA_LINE.test(line))
      .join('\n')
      .trim()
  );
}

function firstBlockquote(lines: string[]): string {
  const start = lines.findIndex((line) => /^\s*>/.test(line));
  if (start < 0) return '';
  const quote: string[] = [];
  for (let index = start; index < lines.length && /^\s*>/.test(lines[index]); index++) quote.push(lines[index].replace(/^\s*>\s?/, ''));
  return quote.join('\n').trim();
}

function firstParagraph(lines: string[], headings: PlainHeading[]): string {
  const headingLines = new Set(headings.map((heading) => heading.line));
  const start = lines.findIndex(
    (line, index) => !headingLines.has(index) && line.trim() !== '' && topicOfLine(line) === undefined && !/^\s*([-*_]\s*){3,}$/.test(line),
  );
  if (start < 0) return '';
  const paragraph: string[] = [];
  for (let index = start; index < lines.length && lines[index].trim() !== '' && !headingLines.has(index); index++) paragraph.push(lines[index]);
  return paragraph.join('\n').trim();
}

function firstNonEmpty(...values: string[]): string | undefined {
  return values.find((value) => value.trim() !== '');
}

function stripEmphasis(text: string): string {
  return text
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/\*\*|__/g, '')
    .trim();
}

/**
 * What `/^\s*(?:\*\*|__)?topic(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+?)\s*$/i` captures in `line`, or undefined
 * where it does not match: the start positions that pattern tries, in its order, each checked at once.
 */
function topicOfLine(line: string): string | undefined {
  const label = TOPIC_LABEL.exec(line);
  if (!label) return undefined;
  const rest = line.slice(label[0].length);
  const length = rest.length;
  let spaces = 0;
  while (spaces < length && isSpaceCode(rest.charCodeAt(spaces))) spaces++;
  // The capture runs from its start to the trailing spaces (at least one character), and `.` must
  // match every character of it.
  let trailing = length;
  while (trailing > 0 && isSpaceCode(rest.charCodeAt(trailing - 1))) trailing--;
  let lastBreak = -1;
  for (let at = 0; at < trailing; at++) if (isBreakCode(rest.charCodeAt(at))) lastBreak = at;
  const captureAt = (start: number): string | undefined => {
    if (start >= length) return undefined;
    if (start < trailing) return start > lastBreak ? rest.slice(start, trailing) : undefined;
    return isBreakCode(rest.charCodeAt(start)) ? undefined : rest[start];
  };
  if (rest.startsWith('**', spaces) || rest.startsWith('__', spaces)) {
    let after = spaces + 2;
    while (after < length && isSpaceCode(rest.charCodeAt(after))) after++;
    for (let start = after; start >= spaces + 2; start--) {
      const capture = captureAt(start);
      if (capture !== undefined) return capture;
    }
  }
  for (let start = spaces; start >= 0; start--) {
    const capture = captureAt(start);
    if (capture !== undefined) return capture;
  }
  return undefined;
}
