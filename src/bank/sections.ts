// Splits a question body into its prompt and its `## ` sections, ignoring headings inside code fences.

export interface Section {
  heading: string;
  /** 1-based line of the heading within the whole file. */
  line: number;
  text: string;
}

export interface QuestionBody {
  prompt: string;
  /** 1-based line of the first prompt line within the whole file. */
  promptLine: number;
  sections: Section[];
}

/** `firstLine` is the file line on which `body` starts (1-based). */
export function splitSections(body: string, firstLine = 1): QuestionBody {
  // Splitting on /\r?\n/ and joining with "\n" is the same as dropping the "\r" of each "\r\n", so
  // texts are slices of the normalised body, and a line is only cut out when a pattern must see it.
  const text = body.includes('\r') ? body.replace(/\r\n/g, '\n') : body;
  const sections: Section[] = [];
  let current: { heading: string; line: number; start: number } | undefined;
  let promptEnd: number | undefined;
  let leading = -1;
  let fence: string | undefined;
  let start = 0;
  for (let index = 0; ; index++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const first = start < end ? text.charCodeAt(start) : -1;
    // Only a line that starts with a fence character or a space of some kind can open or close a fence.
    if (first === 96 || first === 126 || (first >= 0 && first <= 32) || first >= 128) {
      const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(text.slice(start, end));
      if (fenceMatch) {
        if (!fence) fence = fenceMatch[1][0];
        else if (fenceMatch[1][0] === fence) fence = undefined;
      }
    }
    const heading = !fence && first === 35 && text.charCodeAt(start + 1) === 35 && start + 1 < end ? headingText(text.slice(start, end), 2) : undefined;
    if (heading !== undefined) {
      if (current) sections.push(finish(current, text, start - 1));
      else promptEnd = start - 1;
      current = { heading, line: firstLine + index, start: newline < 0 ? end : end + 1 };
    } else if (!current && leading < 0 && first >= 0 && ((first > 32 && first < 127) || /\S/.test(text.slice(start, end)))) {
      leading = index;
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  if (current) sections.push(finish(current, text, text.length));
  return {
    prompt: (promptEnd === undefined ? text : text.slice(0, Math.max(promptEnd, 0))).trim(),
    promptLine: firstLine + Math.max(leading, 0),
    sections,
  };
}

function finish(section: { heading: string; line: number; start: number }, text: string, end: number): Section {
  return { heading: section.heading, line: section.line, text: section.start < end ? text.slice(section.start, end).trim() : '' };
}

/** The section with this heading (case-insensitive), if any. */
export function findSection(body: QuestionBody, heading: string): Section | undefined {
  const wanted = normalizeHeading(heading);
  return body.sections.find((section) => normalizeHeading(section.heading) === wanted);
}

// Every file asks for the same few headings ("Hints", "Answer", …), so their normal forms are kept.
// Keys are copies: a heading is a slice of its file's text, which would otherwise stay alive here.
const normalized = new Map<string, string>();

export function normalizeHeading(heading: string): string {
  let result = normalized.get(heading);
  if (result === undefined) {
    const key = ` ${heading}`.slice(1);
    result = key.toLowerCase().replace(/[^a-z]/g, '');
    if (normalized.size >= 512) normalized.clear();
    normalized.set(key, result);
  }
  return result;
}

/** The items of a markdown bullet or numbered list (one level), in order. */
export function listItems(text: string): string[] {
  const items: string[] = [];
  for (const line of text.includes('\r') ? text.split(/\r?\n/) : text.split('\n')) {
    const item = listItemText(line);
    if (item !== undefined) items.push(item.trim());
    else if (items.length > 0 && /^\s+\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
  }
  // Items are kept in the index (evaluation points): copies, so they do not keep the file's text
  // alive. V8 copies short substrings anyway, and flattens a concatenation into a new string.
  for (let index = 0; index < items.length; index++) if (items[index].length >= 13) items[index] = ` ${items[index]}`.slice(1);
  return items;
}

// Bank files come from strangers, and a line may be as long as the file (1 MB). Patterns such as
// `/^##\s+(.+?)\s*#*\s*$/` backtrack over long runs of spaces: a 20 KB heading line took minutes.
// The functions below find what those patterns captured in one pass over the line.

/** Whether `\s` matches this UTF-16 code unit. */
export function isSpaceCode(char: number): boolean {
  return (
    char === 32 ||
    (char >= 9 && char <= 13) ||
    char === 0xa0 ||
    char === 0x1680 ||
    (char >= 0x2000 && char <= 0x200a) ||
    char === 0x2028 ||
    char === 0x2029 ||
    char === 0x202f ||
    char === 0x205f ||
    char === 0x3000 ||
    char === 0xfeff
  );
}

/** Whether `.` (without the `s` flag) fails to match this code unit: a line terminator. */
export function isBreakCode(char: number): boolean {
  return char === 10 || char === 13 || char === 0x2028 || char === 0x2029;
}

/**
 * What `/\s+(.+?)\s*#*\s*$/` captures when matched at `from` of `line` (just after a heading's `#`
 * marks), or undefined where it does not match.
 */
export function headingText(line: string, from: number): string | undefined {
  let start = from;
  while (start < line.length && isSpaceCode(line.charCodeAt(start))) start++;
  if (start === from) return undefined;
  if (start === line.length) {
    // Only spaces: the capture is the last of them that `.` matches, short of the first.
    for (let at = start - 1; at > from; at--) if (!isBreakCode(line.charCodeAt(at))) return line[at];
    return undefined;
  }
  // The capture ends where trailing spaces, closing `#` marks and the spaces before them begin.
  let end = line.length;
  while (end > start && isSpaceCode(line.charCodeAt(end - 1))) end--;
  while (end > start && line.charCodeAt(end - 1) === 35) end--;
  while (end > start && isSpaceCode(line.charCodeAt(end - 1))) end--;
  end = Math.max(end, start + 1);
  for (let at = start; at < end; at++) if (isBreakCode(line.charCodeAt(at))) return undefined;
  return line.slice(start, end);
}

/** What `/^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*)$/` captures in `line`, or undefined where it does not match. */
export function listItemText(line: string): string | undefined {
  const marker = /^\s{0,3}(?:[-*+]|\d+[.)])/.exec(line);
  if (!marker) return undefined;
  const from = marker[0].length;
  let start = from;
  while (start < line.length && isSpaceCode(line.charCodeAt(start))) start++;
  if (start === from) return undefined;
  for (let at = start; at < line.length; at++) if (isBreakCode(line.charCodeAt(at))) return undefined;
  return line.slice(start);
}
