// Reads one question file: front matter (gray-matter) and section headings. Never renders markdown.
import matter from 'gray-matter';
import type { Problem } from './model';
import { splitSections, type QuestionBody } from './sections';
import { validateQuestion, type KeyPosition, type QuestionFields } from './validate';

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
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { file, line: 1, column: 1, severity: 'error', code: 'binary', message: 'file looks binary (it contains NUL bytes); question files are UTF-8 markdown' };
  return undefined;
}

export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { problem: { file, line: 1, column: 1, severity: 'error', code: 'not-utf8', message: 'file is not valid UTF-8 text' } };
  }
}

export function tooLarge(file: string, size: number): Problem | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return { file, line: 1, column: 1, severity: 'error', code: 'too-large', message: `file is ${(size / 1024 / 1024).toFixed(1)} MB; question files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MB` };
}

/** Splits and parses front matter; a YAML error becomes a positioned problem. */
export function readFrontMatter(file: string, text: string): FrontMatter | { problem: Problem } | undefined {
  const lines = text.split(/\r?\n/);
  if (!/^---\s*$/.test(lines[0] ?? '')) return undefined;
  const closingLine = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (closingLine < 0) {
    return { problem: { file, line: 1, column: 1, endLine: 1, endColumn: 4, severity: 'error', code: 'unclosed-front-matter', message: 'front matter is not closed: add a "---" line after it' } };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's content cache, which would keep every file alive.
    parsed = matter(text, { excerpt: false });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    // gray-matter hands YAML the text after the opening "---", starting with its newline.
    const line = mark ? Math.min(mark.line + 1, closingLine + 1) : 1;
    return { problem: { file, line, column: (mark?.column ?? 0) + 1, severity: 'error', code: 'yaml', message: `front matter is not valid YAML: ${reason}` } };
  }
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problem: { file, line: 2, column: 1, severity: 'error', code: 'yaml', message: 'front matter must be a mapping of keys to values' } };
  }
  const keys = new Map<string, KeyPosition>();
  for (let index = 1; index < closingLine; index++) {
    const key = /^([A-Za-z_][\w-]*)(\s*:\s*)(.*?)\s*(#.*)?$/.exec(lines[index]);
    if (!key || keys.has(key[1])) continue;
    const valueColumn = key[1].length + key[2].length + 1;
    const raw = key[3].replace(/^(["'])(.*)\1$/, '$2');
    keys.set(key[1], { line: index + 1, keyColumn: 1, valueColumn, valueEndColumn: valueColumn + Math.max(key[3].length, 1), raw });
  }
  return { data: data as Record<string, unknown>, keys, closingLine, content: lines.slice(closingLine + 1).join('\n') };
}

/** Parses and validates a question file's text. `exerciseFolderId` is set for `exercises/<id>/exercise.md`. */
export function parseQuestionText(file: string, text: string, exerciseFolderId?: string): ParsedFile {
  const front = readFrontMatter(file, text);
  if (front === undefined) return { problems: [], noFrontMatter: true };
  if ('problem' in front) return { problems: [front.problem] };
  const body = splitSections(front.content, front.closingLine + 2);
  const { fields, problems } = validateQuestion({ file, data: front.data, keys: front.keys, frontMatterLine: 1, body, exerciseFolderId });
  return { fields, problems, body };
}
