// Inline heuristics for one line or one short text: emphasis, emoji, HTML, labels, difficulty and
// time marks, and whether a text reads as a question.
//
// Lines come from strangers and may be as long as the file. Every regular expression here runs on
// at most HEAD characters (`head`), so a pattern's backtracking is bounded by a constant per line;
// what must see a whole line (trimming, "ends with ?") is a loop.
import { KNOWN_ROLES, type Difficulty } from '../model';

export const HEAD = 300;

/** The first HEAD characters of `text`: what the patterns below may look at. */
export function head(text: string, length = HEAD): string {
  return text.length > length ? text.slice(0, length) : text;
}

/** The last HEAD characters of `text`. */
export function tail(text: string, length = HEAD): string {
  return text.length > length ? text.slice(text.length - length) : text;
}

export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isBlank(line: string): boolean {
  for (let at = 0; at < line.length; at++) if (!isSpace(line.charCodeAt(at))) return false;
  return true;
}

/** Leading spaces of `line` (tabs count as one). */
export function indentOf(line: string): number {
  let at = 0;
  while (at < line.length && isSpace(line.charCodeAt(at))) at++;
  return at;
}

export function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const DECORATION = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]$/u;
// Joiners, variation selectors and the keycap mark only ever dress an emoji.
const EMOJI_MARKS = new Set(['\u200d', '\ufe0e', '\ufe0f', '\u20e3']);

function isDecoration(char: string): boolean {
  return EMOJI_MARKS.has(char) || DECORATION.test(char);
}

/** The code point ending at `end` (exclusive) as a string. */
function charBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text[end - 1];
}

function charAt(text: string, start: number): string {
  const high = text.charCodeAt(start);
  if (high >= 0xd800 && high <= 0xdbff && start + 1 < text.length) {
    const low = text.charCodeAt(start + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return text.slice(start, start + 2);
  }
  return text[start];
}

export interface Marks {
  difficulty?: Difficulty;
  minutes?: number;
  /** Count of ⭐/★ when stars were the only difficulty mark: the document's scale decides what they mean. */
  stars?: number;
  /** Whether an emoji of a three-step scale (👶 … 🚀) was seen: then one star is the middle step. */
  emojiScale?: boolean;
}

const EMOJI_DIFFICULTY: Record<string, Difficulty> = {
  '\u{1F476}': 'easy', // baby
  '\u{1F7E2}': 'easy', // green circle
  '\u{1F331}': 'easy', // seedling
  '\u{1F7E1}': 'medium', // yellow circle
  '\u{1F7E0}': 'medium', // orange circle
  '\u{1F680}': 'hard', // rocket
  '\u{1F534}': 'hard', // red circle
};
const STARS = new Set(['\u2B50', '\u2605']);

/** Records what one decoration character says about difficulty. */
function noteDecoration(char: string, marks: Marks): void {
  const difficulty = EMOJI_DIFFICULTY[char];
  if (difficulty) {
    marks.difficulty ??= difficulty;
    marks.emojiScale = true;
  } else if (STARS.has(char)) marks.stars = (marks.stars ?? 0) + 1;
}

/** `text` without leading decorations (emoji, variation selectors) and spaces; their difficulty marks go into `marks`. */
export function stripLeadingDecorations(text: string, marks?: Marks): string {
  let start = 0;
  while (start < text.length) {
    const code = text.charCodeAt(start);
    if (isSpace(code)) {
      start++;
      continue;
    }
    if (code < 0xa9) break;
    const char = charAt(text, start);
    if (!isDecoration(char)) break;
    if (marks) noteDecoration(char, marks);
    start += char.length;
  }
  return start === 0 ? text : text.slice(start);
}

/** `text` without trailing decorations and spaces. */
export function stripTrailingDecorations(text: string, marks?: Marks): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (isSpace(code)) {
      end--;
      continue;
    }
    if (code < 0xa9) break;
    const char = charBefore(text, end);
    if (!isDecoration(char)) break;
    if (marks) noteDecoration(char, marks);
    end -= char.length;
  }
  return end === text.length ? text : text.slice(0, end);
}

const DIFFICULTY_WORD = /\b(easy|medium|moderate|hard|difficult|beginner|basic|intermediate|advanced|expert)\b/i;
const DIFFICULTY_OF: Record<string, Difficulty> = {
  easy: 'easy',
  beginner: 'easy',
  basic: 'easy',
  medium: 'medium',
  moderate: 'medium',
  intermediate: 'medium',
  hard: 'hard',
  difficult: 'hard',
  advanced: 'hard',
  expert: 'hard',
};

export function difficultyIn(text: string): Difficulty | undefined {
  const match = DIFFICULTY_WORD.exec(head(text));
  return match ? DIFFICULTY_OF[match[1].toLowerCase()] : undefined;
}

const MINUTES = /\b(\d{1,3})\s{0,2}(?:-|–|to)?\s{0,2}(?:\d{1,3}\s{0,2})?(?:min|mins|minutes|minute)\b/i;
const HOURS = /\b(\d{1,2}(?:\.\d)?)\s{0,2}(?:h|hr|hrs|hour|hours)\b/i;

/** Minutes named in `text` ("20 minutes", "15 min", "1.5 hours"), between 1 and 240. */
export function minutesIn(text: string): number | undefined {
  const short = head(text);
  const minutes = MINUTES.exec(short);
  let value: number | undefined;
  if (minutes) value = Number(minutes[1]);
  else {
    const hours = HOURS.exec(short);
    if (hours) value = Math.round(Number(hours[1]) * 60);
  }
  return value !== undefined && value >= 1 && value <= 240 ? value : undefined;
}

// A bracketed mark on a question line: "(easy)", "[Hard]", "(15 min)", "(Medium, 10 min)", "(Difficulty: Hard)".
const MARK_GROUP =
  /^\s{0,3}(?:(?:difficulty|level|time)\s{0,2}:?\s{0,2})?(?:easy|medium|moderate|hard|difficult|beginner|basic|intermediate|advanced|expert|\d{1,3}\s{0,2}(?:-|–)?\s{0,2}(?:\d{1,3}\s{0,2})?(?:min|mins|minutes|minute|h|hr|hrs|hours?))(?:\s{0,3}[,;/|·•-]\s{0,3}(?:(?:difficulty|level|time)\s{0,2}:?\s{0,2})?(?:easy|medium|moderate|hard|difficult|beginner|basic|intermediate|advanced|expert|\d{1,3}\s{0,2}(?:-|–)?\s{0,2}(?:\d{1,3}\s{0,2})?(?:min|mins|minutes|minute|h|hr|hrs|hours?)))?\s{0,3}$/i;

function noteMarkGroup(inner: string, marks: Marks): boolean {
  if (inner.length > 60 || !MARK_GROUP.test(inner)) return false;
  const difficulty = difficultyIn(inner);
  if (difficulty) marks.difficulty ??= difficulty;
  const minutes = minutesIn(inner);
  if (minutes) marks.minutes ??= minutes;
  return true;
}

const CLOSERS: Record<string, string> = { ')': '(', ']': '[' };
const CLOCKS = ['\u23F1', '\u23F0', '\u231B', '\u23F3', '\u{1F552}'];
const TIME_ONLY = /^\s{0,3}\d{1,3}(?:\.\d)?\s{0,2}(?:min|mins|minutes|minute|h|hr|hrs|hours?)\s{0,3}$/i;

/** "Build a cache ⏱️ 15 min" → "Build a cache", 15 minutes. */
function stripClockTime(text: string, marks: Marks): string {
  let clock = false;
  for (let at = Math.max(0, text.length - 40); at < text.length && !clock; at++) {
    const code = text.charCodeAt(at);
    clock = (code >= 0x2300 && code <= 0x23ff) || code === 0xd83d;
  }
  if (!clock) return text;
  const end = tail(text, 40);
  let at = -1;
  for (const clock of CLOCKS) at = Math.max(at, end.lastIndexOf(clock));
  if (at < 0) return text;
  const after = stripLeadingDecorations(end.slice(at));
  if (!TIME_ONLY.test(after)) return text;
  const minutes = minutesIn(after);
  if (minutes) marks.minutes ??= minutes;
  return stripTrailingDecorations(text.slice(0, text.length - end.length + at), marks);
}

/**
 * `text` without the difficulty and time marks at either end (emoji scales, "(easy)", "[hard]",
 * "(15 min)"), which go into `marks`.
 */
export function stripMarks(text: string, marks: Marks): string {
  let result = stripClockTime(stripTrailingDecorations(stripLeadingDecorations(text, marks), marks), marks);
  for (let round = 0; round < 6; round++) {
    const last = result[result.length - 1];
    const opener = last ? CLOSERS[last] : undefined;
    let changed = false;
    if (opener) {
      const from = result.lastIndexOf(opener, result.length - 2);
      if (from >= 0 && result.length - from <= 64 && noteMarkGroup(result.slice(from + 1, result.length - 1), marks)) {
        result = stripTrailingDecorations(result.slice(0, from), marks);
        changed = true;
      }
    }
    const first = result[0];
    if (first === '(' || first === '[') {
      const close = result.indexOf(first === '(' ? ')' : ']');
      if (close > 0 && close <= 64 && noteMarkGroup(result.slice(1, close), marks)) {
        result = stripLeadingDecorations(result.slice(close + 1), marks);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return result;
}

/** Whether `text` holds nothing but difficulty and time marks (a line such as "⭐️⭐️" or "(hard)"). */
export function onlyMarks(text: string, marks: Marks): boolean {
  const probe: Marks = {};
  const rest = stripMarks(text, probe);
  if (rest !== '' || (probe.difficulty === undefined && probe.minutes === undefined && probe.stars === undefined)) return false;
  marks.difficulty ??= probe.difficulty;
  marks.minutes ??= probe.minutes;
  if (probe.stars !== undefined) marks.stars ??= probe.stars;
  if (probe.emojiScale) marks.emojiScale = true;
  return true;
}

// Tags inside a line of text: dropped without a space; code becomes a markdown code span.
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'del', 'em', 'font', 'i', 'ins', 'mark', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);
const CODE_TAGS = new Set(['code', 'kbd', 'samp', 'tt']);

/** `text` without HTML tags and with the common entities decoded. Linear: each tag is found with one indexOf from where the last ended. */
export function stripTags(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  let out = '';
  let at = 0;
  // The first '>' after the last '<' seen: still the first after a later '<' that comes before it.
  let close = -1;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    if (open < 0) {
      out += text.slice(at);
      break;
    }
    out += text.slice(at, open);
    if (close <= open) close = text.indexOf('>', open + 1);
    if (close < 0) {
      out += text.slice(open);
      break;
    }
    // Only what looks like a tag goes: "a < b > c" stays.
    const name = /^\/?([A-Za-z][A-Za-z0-9]{0,9}|!)/.exec(text.slice(open + 1, open + 13));
    if (name) {
      const tag = name[1].toLowerCase();
      out += CODE_TAGS.has(tag) ? '`' : INLINE_TAGS.has(tag) ? '' : ' ';
      at = close + 1;
    } else {
      out += '<';
      at = open + 1;
    }
  }
  return out.replace(/&(lt|gt|amp|quot|#39|apos|nbsp);/g, (_all, name: string) => ENTITIES[name] ?? '');
}

const MARKUP = /[<&[*_`\t\n\r\u00a0\u2000-\u200a\u3000]| {2}/;

/** Words of a short text (callers pass at most a few hundred characters): markdown and HTML reduced, spaces collapsed. */
export function plainText(text: string): string {
  // Most titles hold no markup at all.
  if (!MARKUP.test(text)) return trimSpaces(text);
  return stripTags(text)
    .replace(/\[([^\]\n]{0,200})\]\([^)\s]{0,500}\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(SINGLE_EMPHASIS, '$1$3')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "*layer norm*" or "_dropout_" inside a title, opened after a space or "(" and closed before one or punctuation: not "2*3*4" or "snake_case_name". */
const SINGLE_EMPHASIS = /(^|[\s(])([*_])(?=\S)([^*_\n]{1,200}?)(?<=\S)\2(?=$|[\s).,;:!?])/g;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** One line of plain words for a title or a topic, from at most the first 400 characters of `text`. */
export function flatten(text: string): string {
  const words = plainText(head(text, 400));
  const unwrapped = /^([*_])(.+)\1$/.exec(words);
  return trimSpaces(stripTrailingDecorations(stripLeadingDecorations(unwrapped ? unwrapped[2] : words)));
}

/** A title of at most `limit` characters, cut at a word boundary with '…'. */
export function cutTitle(text: string, limit = 100): string {
  if (text.length <= limit) return text;
  let cut = limit - 1;
  const space = text.lastIndexOf(' ', cut);
  if (space >= limit * 0.4) cut = space;
  else if (cut > 0 && text.charCodeAt(cut) >= 0xdc00 && text.charCodeAt(cut) <= 0xdfff) cut--;
  return `${text.slice(0, cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** The normalised text a question is known by: lowercase words and digits of its first 200 characters. */
export function normalizeKey(text: string): string {
  const plain = plainText(head(text, 400)).toLowerCase();
  // ASCII needs neither Unicode normalisation nor Unicode classes.
  const words = (/^[\x20-\x7e]*$/.test(plain) ? plain.replace(/[^a-z0-9]+/g, ' ') : plain.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
  return cutCodePoints(words, 200).trim();
}

function cutCodePoints(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = limit;
  if (text.charCodeAt(cut) >= 0xdc00 && text.charCodeAt(cut) <= 0xdfff) cut--;
  return text.slice(0, cut);
}

// ---------------------------------------------------------------------------------------------
// Bold

/** The text of a line that is bold as a whole ("**What is X?**", "__Q2. …__", "🚀 **Design …** (hard)"), marks into `marks`. */
export function boldLine(line: string, marks: Marks): string | undefined {
  const probe: Marks = {};
  const core = stripMarks(trimSpaces(line), probe);
  if (core.length < 5) return undefined;
  const fence = core.slice(0, 2);
  if ((fence !== '**' && fence !== '__') || !core.endsWith(fence)) return undefined;
  const inner = core.slice(2, core.length - 2);
  if (inner.includes(fence) || isBlank(inner) || isSpace(inner.charCodeAt(0))) return undefined;
  const text = stripMarks(trimSpaces(inner), probe);
  if (text === '') return undefined;
  Object.assign(marks, { ...probe, ...marks });
  return text;
}

// ---------------------------------------------------------------------------------------------
// Labels

export type LabelKind = 'question' | 'answer' | 'hints' | 'evaluation' | 'followUps' | 'difficulty' | 'time' | 'topic' | 'role';

const LABEL_WORDS: Record<string, LabelKind> = {};
function labels(kind: LabelKind, words: string[]): void {
  for (const word of words) LABEL_WORDS[word] = kind;
}
labels('question', [
  'q',
  'question',
  'the question',
  'prompt',
  'problem',
  'problem statement',
  'scenario',
  'task',
  'challenge',
  'exercise',
  'case',
  'case study',
  'puzzle',
  'interview question',
  'coding challenge',
  'coding problem',
  'design problem',
]);
labels('answer', [
  'a',
  'ans',
  'answer',
  'the answer',
  'solution',
  'expected solution',
  'expected answer',
  'model answer',
  'sample answer',
  'suggested answer',
  'example answer',
  'good answer',
  'strong answer',
  'ideal answer',
  'reference answer',
  'short answer',
  'response',
  'sample response',
  'model response',
  'explanation',
  'answer key',
  'approach',
  'suggested approach',
  'solution approach',
]);
labels('hints', ['hint', 'hints', 'tip', 'tips', 'nudge', 'nudges']);
labels('evaluation', [
  'evaluation',
  'evaluation criteria',
  'what it tests',
  'what this tests',
  'what this question tests',
  'what the question tests',
  'what interviewers look for',
  'what the interviewer looks for',
  'what interviewers are looking for',
  'what we look for',
  'what to look for',
  'key points',
  'rubric',
  'scoring',
  'assessment',
  'grading',
  'criteria',
  'evaluation points',
  'signals',
  'green flags',
  'red flags',
]);
labels('followUps', [
  'follow-up',
  'follow-ups',
  'follow up',
  'follow ups',
  'followup',
  'followups',
  'follow-up question',
  'follow-up questions',
  'follow up questions',
  'follow up question',
  'further questions',
  'probing questions',
  'extensions',
]);
labels('difficulty', ['difficulty', 'level', 'difficulty level']);
labels('time', [
  'time',
  'time allocated',
  'time limit',
  'estimated time',
  'expected time',
  'duration',
  'expected response time',
  'suggested time',
  'time to answer',
  'timebox',
]);
labels('topic', ['topic', 'category', 'area', 'focus area', 'subject']);
labels('role', ['role', 'roles', 'target role', 'position']);

export interface Label {
  kind: LabelKind;
  /** The label as written, lowercase ("q", "expected solution"). */
  word: string;
  number?: number;
  /** The text after the label on the same line (from the whole line, not only its head). */
  rest: string;
  /** Whether the label was set off by emphasis (`**A:**`). */
  emphasized: boolean;
}

const LABEL =
  /^(\*\*|__|\*|_)?\s{0,3}([A-Za-z][A-Za-z \-']{0,40}?)\s{0,3}(?:#?(\d{1,5})(?:\.\d{1,3})?)?\s{0,3}(\*\*|__|\*|_)?\s{0,3}(:|\.|\)|[-–—](?=\s)|$)\s{0,3}(\*\*|__|\*|_)?\s{0,3}/;

/**
 * The label a line starts with ("**A:**", "Answer:", "Q3.", "**Expected Solution**:", "Hints"), or
 * undefined. A bare word counts only when it is the whole line; "." and ")" only after Q, Question
 * or a number, dashes only after a number.
 */
export function labelOf(line: string): Label | undefined {
  const start = indentOf(line);
  if (start > 3) return undefined;
  const text = start === 0 ? line : line.slice(start);
  const match = LABEL.exec(head(text));
  if (!match) return undefined;
  const word = match[2].toLowerCase().replace(/\s+/g, ' ').trim();
  const kind = LABEL_WORDS[word];
  if (!kind) return undefined;
  const number = match[3] === undefined ? undefined : Number(match[3]);
  const separator = match[5];
  const open = match[1] ?? '';
  const emphasized = open !== '' || match[4] !== undefined || match[6] !== undefined;
  // "**Answer**" must close what it opened.
  if (open && match[4] !== open && match[6] !== open) return undefined;
  const rest = trimSpaces(text.slice(match[0].length));
  if (separator === '') {
    if (rest !== '') return undefined;
  } else if (separator === '.' || separator === ')') {
    if (kind !== 'question' || (number === undefined && word !== 'q' && word !== 'question')) return undefined;
  } else if (separator !== ':' && number === undefined) return undefined;
  // "Answer: 42" is a label; "A: 42" too, but "a. b" is not (handled above).
  return { kind, word, number, rest: stripClosingEmphasis(rest, open), emphasized };
}

/** "**Q:** What**" → drop a stray closing marker left after the label. */
function stripClosingEmphasis(rest: string, open: string): string {
  if (!open || !rest.endsWith(open) || rest.slice(0, -open.length).includes(open)) return rest;
  return trimSpaces(rest.slice(0, -open.length));
}

// ---------------------------------------------------------------------------------------------
// Question prefixes and reading as a question

const PREFIX =
  /^(q|question|scenario|challenge|problem|exercise|task|case study|case|puzzle|interview question|coding challenge|coding problem|design problem)(?:\s{0,3}#?(\d{1,5})(?:\.\d{1,3})?)?\s{0,3}(:|\.|\)|[-–—](?=\s)|$)\s{0,3}/i;

export interface Prefix {
  word: string;
  number?: number;
  rest: string;
}

/** "Q3: …", "Question 3 – …", "Scenario 2", "Challenge 1: …": a question prefix and what follows it. */
export function questionPrefix(text: string): Prefix | undefined {
  const match = PREFIX.exec(head(text));
  if (!match) return undefined;
  const word = match[1].toLowerCase();
  const number = match[2] === undefined ? undefined : Number(match[2]);
  const separator = match[3];
  const rest = trimSpaces(text.slice(match[0].length));
  if (number === undefined) {
    // Without a number only Q and Question take "." or ")"; a bare word is a label, not a prefix.
    if (separator === '' || ((separator === '.' || separator === ')') && word !== 'q' && word !== 'question')) return undefined;
    if (separator !== ':' && word !== 'q') return undefined;
    if (rest === '') return undefined;
  } else if (separator === '' && rest !== '') return undefined;
  // "Q" must stand alone: "Q3:" yes, "Quantisation:" never reaches here (the pattern needs a separator).
  return { word, number, rest };
}

/** A leading number "7. " / "7) " and the text after it. */
export function leadingNumber(text: string): { number: number; rest: string } | undefined {
  const match = /^(\d{1,5})[.)]\s{1,3}(?=\S)/.exec(head(text, 16));
  return match ? { number: Number(match[1]), rest: text.slice(match[0].length) } : undefined;
}

const INTERROGATIVES = new Set(['what', "what's", 'whats', 'how', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose']);
const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'can',
  'could',
  'should',
  'would',
  'will',
  'shall',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
  "isn't",
  "aren't",
  "doesn't",
  "don't",
  "can't",
  "won't",
  "wouldn't",
  "shouldn't",
]);
// "How it works", "What we offer", "How to contribute": words after which an interrogative starts a phrase, not a question.
const NOT_AFTER_INTERROGATIVE = new Set(['it', 'this', 'that', 'we', 'i', 'they', 'our', 'my', 'to', "you'll", 'else', 'next', 'now']);
const IMPERATIVES = new Set([
  'explain',
  'describe',
  'compare',
  'contrast',
  'design',
  'implement',
  'write',
  'define',
  'discuss',
  'outline',
  'derive',
  'estimate',
  'propose',
  'sketch',
  'calculate',
  'compute',
  'differentiate',
  'distinguish',
  'justify',
  'prove',
  'suggest',
  'tell',
  'walk',
  'give',
  'name',
  'list',
  'summarize',
  'summarise',
  'architect',
  'solve',
  'critique',
  'elaborate',
  'illustrate',
  'interpret',
  'diagnose',
  'debug',
  'imagine',
  'suppose',
  'assume',
  'consider',
]);

export type QuestionReading = 0 | 1 | 2;
export const NOT_A_QUESTION = 0;
/** Starts like a question ("How would you…", "Explain…") without a question mark. */
export const READS_WEAK = 1;
/** Ends with a question mark. */
export const READS_STRONG = 2;

/** Whether a short plain text (a title, a bold line, a numbered item) reads as a question. */
export function questionReading(text: string): QuestionReading {
  const end = trimSpaces(tail(text, 16));
  const last = end[end.length - 1];
  if (last === '?' || last === '？') return text.length >= 2 ? READS_STRONG : NOT_A_QUESTION;
  const words = /^([A-Za-z][A-Za-z']*)(?:[\s,]{1,3}([A-Za-z][A-Za-z']*))?(?:[\s,]{1,3}(\S))?/.exec(head(text, 80));
  if (!words) return NOT_A_QUESTION;
  const first = words[1].toLowerCase();
  const second = words[2]?.toLowerCase();
  const hasThird = words[3] !== undefined;
  if (INTERROGATIVES.has(first)) return second !== undefined && hasThird && !NOT_AFTER_INTERROGATIVE.has(second) ? READS_WEAK : NOT_A_QUESTION;
  if (AUXILIARIES.has(first)) return second !== undefined && hasThird ? READS_WEAK : NOT_A_QUESTION;
  if (IMPERATIVES.has(first)) return second !== undefined ? READS_WEAK : NOT_A_QUESTION;
  return NOT_A_QUESTION;
}

// ---------------------------------------------------------------------------------------------
// Roles

const ROLE_ALIASES: Array<[string, string]> = [
  ...KNOWN_ROLES.map((role): [string, string] => [role.toLowerCase(), role]),
  ['machine learning engineer', 'ML Engineer'],
  ['ml ops engineer', 'MLOps Engineer'],
  ['ai research scientist', 'AI Researcher'],
  ['research scientist', 'AI Researcher'],
  ['software developer', 'Software Engineer'],
  ['artificial intelligence engineer', 'AI Engineer'],
];

const ROLE_NOUN = /engineer|scientist|researcher|architect|developer/i;

/** The known role a short text names ("Questions for ML Engineers", "## 🧑‍💻 Data Scientist"), if exactly one. */
export function roleNamed(text: string): string | undefined {
  if (!ROLE_NOUN.test(head(text, 200))) return undefined;
  const words = ` ${head(text, 200)
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()} `;
  const found = new Set<string>();
  for (const [alias, role] of ROLE_ALIASES) if (words.includes(` ${alias} `) || words.includes(` ${alias}s `)) found.add(role);
  return found.size === 1 ? [...found][0] : undefined;
}
