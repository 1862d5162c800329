// The fast path for the flat front matter banks are written in: `key: scalar`, `key: [a, b]` and
// `key:` followed by `- item` lines, with comments after values and on lines of their own. Anything
// else (and anything js-yaml could read differently or reject) returns undefined, and gray-matter
// reads the file as before, errors and positions included. Works on character codes of the file's
// text itself: it runs once per bank file on every load.
import { ALL_KEYS, keyPosition, type KeyPosition } from './validate';

/** The character codes the parser compares against. */
const CHAR = {
  CR: 13,
  SPACE: 32,
  QUOTE: 34,
  HASH: 35,
  APOSTROPHE: 39,
  DASH: 45,
  DIGIT_0: 48,
  DIGIT_9: 57,
  COLON: 58,
  UPPER_A: 65,
  UPPER_Z: 90,
  BRACKET_OPEN: 91,
  BACKSLASH: 92,
  BRACKET_CLOSE: 93,
  UNDERSCORE: 95,
  LOWER_A: 97,
  LOWER_Z: 122,
  BRACE_OPEN: 123,
  BRACE_CLOSE: 125,
} as const;

/**
 * `text.slice(start, end)` that shares no memory with `text`: the index keeps these values, and a
 * slice would keep the whole file alive with them. V8 copies short substrings anyway, and flattens a
 * concatenation into a new string.
 */
/** V8 copies substrings shorter than this rather than pointing into their parent. */
const SHORT_STRING = 13;

function copyOf(text: string, start: number, end: number): string {
  return end - start < SHORT_STRING ? text.slice(start, end) : ` ${text.slice(start, end)}`.slice(1);
}

// eslint-disable-next-line no-control-regex -- control characters are what this pattern looks for
const FLAT_UNSAFE = /[\t\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)/;
const NOT_FLAT = Symbol('not flat');

/**
 * The lines of `text` from `from` to `to`, each ending in a newline, are the front matter. Fills
 * `keys` as the regular expression in `readFrontMatter` would for them. Works on `text` itself
 * rather than a slice of it, which V8 reads more slowly character by character.
 */
export function parseFlatYaml(text: string, from: number, to: number, keys: Map<string, KeyPosition>): Record<string, unknown> | undefined {
  if (from === to || FLAT_UNSAFE.test(text.slice(from, to))) return undefined;
  const data: Record<string, unknown> = {};
  let line = 2;
  for (let start = from; start < to; line++) {
    const newline = text.indexOf('\n', start);
    const end = text.charCodeAt(newline - 1) === CHAR.CR ? newline - 1 : newline;
    const next = newline + 1;
    const first = text.charCodeAt(start);
    if (!isKeyStart(first)) {
      if (first !== CHAR.HASH && !isBlank(text, start, end)) return undefined;
      start = next;
      continue;
    }
    let colon = start + 1;
    while (colon < end && isKeyPart(text.charCodeAt(colon))) colon++;
    if (text.charCodeAt(colon) !== CHAR.COLON || colon >= end) return undefined;
    if (colon + 1 < end && text.charCodeAt(colon + 1) !== CHAR.SPACE) return undefined;
    const key = knownKey(text, start, colon) ?? text.slice(start, colon);
    if (isReservedKey(key) || keys.has(key)) return undefined;
    let valueStart = colon + 1;
    while (valueStart < end && text.charCodeAt(valueStart) === CHAR.SPACE) valueStart++;
    const valueEnd = valueEndOf(text, valueStart, end);
    if (valueEnd < 0) return undefined;
    let hash = valueStart;
    while (hash < end && text.charCodeAt(hash) !== CHAR.HASH) hash++;
    keys.set(key, keyPosition(line, valueStart - start + 1, text.slice(valueStart, hash).trimEnd()));
    let value: unknown;
    start = next;
    if (valueStart === valueEnd) {
      const items: unknown[] = [];
      let indent = -1;
      while (start < to) {
        const itemNewline = text.indexOf('\n', start);
        const itemEnd = text.charCodeAt(itemNewline - 1) === CHAR.CR ? itemNewline - 1 : itemNewline;
        let dash = start;
        while (dash < itemEnd && text.charCodeAt(dash) === CHAR.SPACE) dash++;
        if (text.charCodeAt(dash) !== CHAR.DASH || dash + 1 >= itemEnd || text.charCodeAt(dash + 1) !== CHAR.SPACE) break;
        if (indent >= 0 && dash - start !== indent) return undefined;
        indent = dash - start;
        let itemStart = dash + 2;
        while (itemStart < itemEnd && text.charCodeAt(itemStart) === CHAR.SPACE) itemStart++;
        const itemValueEnd = valueEndOf(text, itemStart, itemEnd);
        const item = itemValueEnd < 0 ? NOT_FLAT : scalar(text, itemStart, itemValueEnd, false);
        if (item === NOT_FLAT) return undefined;
        items.push(item);
        start = itemNewline + 1;
        line++;
      }
      value = indent < 0 ? null : items;
    } else if (text.charCodeAt(valueStart) === CHAR.BRACKET_OPEN) {
      value = flowList(text, valueStart, valueEnd);
    } else {
      value = scalar(text, valueStart, valueEnd, false);
    }
    if (value === NOT_FLAT) return undefined;
    data[key] = value;
  }
  return keys.size > 0 ? data : undefined;
}

/**
 * Where the value that starts at `start` ends, before a trailing comment and the spaces before it;
 * -1 when something follows a quoted value or a flow list other than a comment.
 */
function valueEndOf(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  let valueEnd = end;
  if (first === CHAR.HASH) {
    valueEnd = start;
  } else if (first === CHAR.QUOTE || first === CHAR.APOSTROPHE || first === CHAR.BRACKET_OPEN) {
    const closer = text.indexOf(first === CHAR.BRACKET_OPEN ? ']' : text[start], start + 1);
    if (closer < 0 || closer >= end) return -1;
    let after = closer + 1;
    while (after < end && text.charCodeAt(after) === CHAR.SPACE) after++;
    if (after < end && (after === closer + 1 || text.charCodeAt(after) !== CHAR.HASH)) return -1;
    valueEnd = closer + 1;
  } else {
    for (let at = start + 1; at < end; at++) {
      if (text.charCodeAt(at) === CHAR.HASH && text.charCodeAt(at - 1) === CHAR.SPACE) {
        valueEnd = at;
        break;
      }
    }
  }
  while (valueEnd > start && text.charCodeAt(valueEnd - 1) === CHAR.SPACE) valueEnd--;
  return valueEnd;
}

/** The key from `start` to `end` when it is one of the known ones: an interned string, and no slice to make. */
function knownKey(text: string, start: number, end: number): string | undefined {
  for (const key of ALL_KEYS) if (key.length === end - start && text.startsWith(key, start)) return key;
  return undefined;
}

function flowList(text: string, start: number, end: number): unknown[] | typeof NOT_FLAT {
  if (text.charCodeAt(end - 1) !== CHAR.BRACKET_CLOSE) return NOT_FLAT;
  const items: unknown[] = [];
  let blank = true;
  for (let at = start + 1; at < end - 1; at++) {
    const char = text.charCodeAt(at);
    if (char === CHAR.BRACKET_OPEN || char === CHAR.BRACKET_CLOSE || char === CHAR.BRACE_OPEN || char === CHAR.BRACE_CLOSE) return NOT_FLAT;
    if (char !== CHAR.SPACE) blank = false;
  }
  if (blank) return items;
  for (let partStart = start + 1; partStart <= end - 1;) {
    let partEnd = text.indexOf(',', partStart);
    if (partEnd < 0 || partEnd > end - 1) partEnd = end - 1;
    const item = scalar(text, partStart, partEnd, true);
    if (item === NOT_FLAT) return NOT_FLAT;
    items.push(item);
    partStart = partEnd + 1;
  }
  return items;
}

/**
 * The value of `text` from `start` to `end`, spaces around it ignored: a quoted scalar without
 * escapes, or a plain one that starts with a letter or is a small decimal integer.
 */
function scalar(text: string, start: number, end: number, inFlow: boolean): unknown {
  while (start < end && text.charCodeAt(start) === CHAR.SPACE) start++;
  while (end > start && text.charCodeAt(end - 1) === CHAR.SPACE) end--;
  if (start === end) return NOT_FLAT;
  const first = text.charCodeAt(start);
  if (first === CHAR.QUOTE || first === CHAR.APOSTROPHE) {
    if (end - start < 2 || text.charCodeAt(end - 1) !== first) return NOT_FLAT;
    for (let at = start + 1; at < end - 1; at++) {
      const char = text.charCodeAt(at);
      if (char === first || (first === CHAR.QUOTE && char === CHAR.BACKSLASH)) return NOT_FLAT;
    }
    return copyOf(text, start + 1, end - 1);
  }
  if (first >= CHAR.DIGIT_0 && first <= CHAR.DIGIT_9) {
    // Past 15 digits a number may lose precision as a double: leave those to js-yaml.
    if (end - start > 15 || (first === CHAR.DIGIT_0 && end - start > 1)) return NOT_FLAT;
    for (let at = start + 1; at < end; at++) {
      const char = text.charCodeAt(at);
      if (char < CHAR.DIGIT_0 || char > CHAR.DIGIT_9) return NOT_FLAT;
    }
    return Number(text.slice(start, end));
  }
  if (!((first >= CHAR.UPPER_A && first <= CHAR.UPPER_Z) || (first >= CHAR.LOWER_A && first <= CHAR.LOWER_Z))) return NOT_FLAT;
  for (let at = start + 1; at < end; at++) {
    const char = text.charCodeAt(at);
    if (inFlow) {
      if (char === CHAR.COLON || char === CHAR.HASH || char === CHAR.QUOTE || char === CHAR.APOSTROPHE) return NOT_FLAT;
    } else if (
      (char === CHAR.COLON && (at + 1 === end || text.charCodeAt(at + 1) === CHAR.SPACE)) ||
      (char === CHAR.HASH && text.charCodeAt(at - 1) === CHAR.SPACE)
    ) {
      return NOT_FLAT;
    }
  }
  const value = copyOf(text, start, end);
  switch (value) {
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    default:
      return value;
  }
}

/** Keys js-yaml would read as something other than their text. */
function isReservedKey(key: string): boolean {
  switch (key) {
    case '__proto__':
    case 'null':
    case 'Null':
    case 'NULL':
    case 'true':
    case 'True':
    case 'TRUE':
    case 'false':
    case 'False':
    case 'FALSE':
      return true;
    default:
      return false;
  }
}

function isKeyStart(char: number): boolean {
  return (char >= CHAR.UPPER_A && char <= CHAR.UPPER_Z) || (char >= CHAR.LOWER_A && char <= CHAR.LOWER_Z) || char === CHAR.UNDERSCORE;
}

function isKeyPart(char: number): boolean {
  return isKeyStart(char) || (char >= CHAR.DIGIT_0 && char <= CHAR.DIGIT_9) || char === CHAR.DASH;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) !== CHAR.SPACE) return false;
  return true;
}
