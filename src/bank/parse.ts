// Reads one question file: front matter (gray-matter) and section headings. Never renders markdown.
import matter from 'gray-matter';
import type { Problem } from './model';
import { isBreakCode, isSpaceCode, splitSections, type QuestionBody } from './sections';
import { parseFlatYaml } from './flatYaml';
import { keyPosition, validateQuestion, type KeyPosition, type QuestionFields } from './validate';

export const MAX_FILE_BYTES = 1024 * 1024;

export interface ParsedFile {
  fields?: QuestionFields;
  problems: Problem[];
  body?: QuestionBody;
  /** True when the file has no front matter at all. */
  noFrontMatter?: boolean;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  keys: Map<string, KeyPosition>;
  /** 0-based index of the closing delimiter line. */
  closingLine: number;
  content: string;
}

/** Problems with the bytes themselves: too large, or not text. */
export function checkContent(file: string, bytes: Uint8Array): Problem | undefined {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(file, bytes.length);
  const probe = bytes.length > 8192 ? bytes.subarray(0, 8192) : bytes;
  if (probe.includes(0))
    return {
      file,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'binary',
      message: 'file looks binary (it contains NUL bytes); question files are UTF-8 markdown',
    };
  return undefined;
}

// Without `stream`, every decode starts afresh, so one decoder serves every file.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { problem: { file, line: 1, column: 1, severity: 'error', code: 'not-utf8', message: 'file is not valid UTF-8 text' } };
  }
}

export function tooLarge(file: string, size: number): Problem | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'too-large',
    message: `file is ${(size / 1024 / 1024).toFixed(1)} MB; question files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MB`,
  };
}

/** Splits and parses front matter; a YAML error becomes a positioned problem. */
export function readFrontMatter(file: string, text: string): FrontMatter | { problem: Problem } | undefined {
  // Lines are found as `split(/\r?\n/)` would cut them, but only up to the closing delimiter, and a
  // line is only cut out when it may be one: the body is sliced once rather than split and joined.
  let end = text.indexOf('\n');
  const first = lineOf(text, 0, end);
  if (!/^---\s*$/.test(first)) return undefined;
  const frontStart = end + 1;
  let closing: string | undefined;
  let closingStart = -1;
  let bodyStart = -1;
  let count = 0;
  while (end >= 0) {
    const start = end + 1;
    end = text.indexOf('\n', start);
    const char = text.charCodeAt(start);
    if (char === 45 || char === 46) {
      const line = lineOf(text, start, end);
      if (/^(---|\.\.\.)\s*$/.test(line)) {
        closing = line;
        closingStart = start;
        bodyStart = end < 0 ? text.length : end + 1;
        break;
      }
    }
    count++;
  }
  if (closing === undefined) {
    return {
      problem: {
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 4,
        severity: 'error',
        code: 'unclosed-front-matter',
        message: 'front matter is not closed: add a "---" line after it',
      },
    };
  }
  const closingLine = count + 1;
  const keys = new Map<string, KeyPosition>();
  // gray-matter reads up to the first "\n---", so the fast path only applies when that is our closing line.
  let data = first === '---' && closing.startsWith('---') ? parseFlatYaml(text, frontStart, closingStart, keys) : undefined;
  if (data === undefined) {
    keys.clear();
    let parsed: matter.GrayMatterFile<string>;
    try {
      // Passing options turns off gray-matter's content cache, which would keep every file alive.
      // gray-matter reads on to the first "\n---": it gets the text only up to the closing line, which
      // may be "...", written as "---".
      parsed = matter(`${text.slice(0, closingStart)}---`, { excerpt: false });
    } catch (error) {
      const mark = (error as { mark?: { position?: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? (error as Error).message;
      // gray-matter hands YAML the text after the opening "---". The error is placed from its offset in
      // that text (the end of it is the closing line): js-yaml's own line and column count a lone "\r"
      // as a line break, and give a NUL byte the offset from the start as its column.
      let at = typeof mark?.position === 'number' ? Math.min(3 + mark.position, closingStart) : 0;
      // Between the "\r" and the "\n" of a line break is, to js-yaml, past it: on the next line.
      if (text.charCodeAt(at) === 10 && text.charCodeAt(at - 1) === 13) at++;
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const lineEnd = lineOf(text, lineStart, text.indexOf('\n', lineStart)).length + lineStart;
      let line = 1;
      for (let index = text.indexOf('\n'); index >= 0 && index < at; index = text.indexOf('\n', index + 1)) line++;
      return {
        problem: {
          file,
          line,
          column: Math.min(at, lineEnd) - lineStart + 1,
          severity: 'error',
          code: 'yaml',
          message: `front matter is not valid YAML: ${reason}`,
        },
      };
    }
    data = parsed.data;
    if (typeof data === 'object' && data !== null && !Array.isArray(data) && count > 0) {
      const lines = text.slice(frontStart, closingStart).split(/\r?\n/);
      for (let index = 0; index < count; index++) {
        const key = keyOfLine(lines[index]);
        if (!key || keys.has(key.name)) continue;
        keys.set(key.name, keyPosition(index + 2, key.valueStart + 1, key.value));
      }
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problem: { file, line: 2, column: 1, severity: 'error', code: 'yaml', message: 'front matter must be a mapping of keys to values' } };
  }
  const body = text.slice(bodyStart);
  return { data: data as Record<string, unknown>, keys, closingLine, content: body.includes('\r') ? body.replace(/\r\n/g, '\n') : body };
}

/**
 * What `/^([A-Za-z_][\w-]*)(\s*:\s*)(.*?)\s*(#.*)?$/` finds on a front-matter line: the key, and the value
 * (from `valueStart`) up to blanks and a comment. That pattern backtracks over long runs of spaces
 * (seconds for one 40 KB line); this finds the same in one pass.
 */
function keyOfLine(line: string): { name: string; valueStart: number; value: string } | undefined {
  const head = /^([A-Za-z_][\w-]*)\s*:\s*/.exec(line);
  if (!head) return undefined;
  const start = head[0].length;
  let firstBreak = -1;
  let lastBreak = -1;
  for (let at = start; at < line.length; at++) {
    if (!isBreakCode(line.charCodeAt(at))) continue;
    if (firstBreak < 0) firstBreak = at;
    lastBreak = at;
  }
  // A comment is the first "#" that `.` can read on to the end from; the value stops at the blanks before it.
  const hash = line.indexOf('#', Math.max(start, lastBreak + 1));
  let end = hash < 0 ? line.length : hash;
  while (end > start && isSpaceCode(line.charCodeAt(end - 1))) end--;
  if (firstBreak >= 0 && firstBreak < end) return undefined;
  return { name: head[1], valueStart: start, value: line.slice(start, end) };
}

/** The line from `start` to the newline at `end` (-1: end of text), without a "\r" before that newline. */
function lineOf(text: string, start: number, end: number): string {
  if (end < 0) return text.slice(start);
  return text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
}

/** Parses and validates a question file's text. `exerciseFolderId` is set for `exercises/<id>/exercise.md`. */
export function parseQuestionText(file: string, text: string, exerciseFolderId?: string): ParsedFile {
  const front = readFrontMatter(file, text);
  if (front === undefined) return { problems: [], noFrontMatter: true };
  if ('problem' in front) return { problems: [front.problem] };
  const body = splitSections(front.content, front.closingLine + 2);
  const { fields, problems } = validateQuestion({ file, data: front.data, keys: front.keys, frontMatterLine: 1, body, exerciseFolderId });
  const repeated = fields && repeatedText(fields, text.length);
  if (repeated) {
    const position = front.keys.get(repeated);
    problems.push({
      file,
      line: position?.line ?? 1,
      column: position?.valueColumn ?? 1,
      severity: 'error',
      code: 'yaml-aliases',
      message: `"${repeated}" repeats text through YAML aliases: the fields would hold more text than the file`,
    });
    return { problems: capProblems(problems), body };
  }
  return { fields, problems: capProblems(problems), body };
}

/** A file reports at most this many problems; a file of a hundred thousand unknown keys would otherwise flood every list. */
export const MAX_PROBLEMS_PER_FILE = 100;

/** The first problems of a file, and one more that counts the rest (an error if any of them is). */
function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
  const shown = problems.slice(0, MAX_PROBLEMS_PER_FILE - 1);
  const rest = problems.slice(MAX_PROBLEMS_PER_FILE - 1);
  const { file, line, column } = rest[0];
  shown.push({
    file,
    line,
    column,
    severity: rest.some((problem) => problem.severity === 'error') ? 'error' : 'warning',
    code: 'too-many-problems',
    message: `${rest.length} more problems in this file are not listed; fix the ones above first`,
  });
  return shown;
}

/**
 * Written out, a question's text fields are parts of its file, so together they are no longer than it.
 * YAML aliases break that (`tags: [*long, *long, …]` names one long string thousands of times); the
 * index shares such a string, but its cache, the CLI's JSON and the drill panel would each write it out
 * every time. Returns the key holding the most text when the total is larger than the file.
 */
function repeatedText(fields: QuestionFields, fileLength: number): string | undefined {
  let total = 0;
  let largest: { key: string; length: number } | undefined;
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'exercise' && value === fields.id) continue; // an exercise names itself
    let length = 0;
    if (typeof value === 'string') length = value.length;
    else if (Array.isArray(value)) for (const item of value as unknown[]) if (typeof item === 'string') length += item.length;
    total += length;
    if (!largest || length > largest.length) largest = { key, length };
  }
  return total > fileLength ? largest?.key : undefined;
}
