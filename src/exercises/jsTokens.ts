// A small JavaScript/TypeScript tokenizer: enough to find calls in a test file without being fooled
// by comments, strings, template literals and regular expressions that contain the same text.
// It never throws: text it cannot read (an unclosed string) ends the token it is in.

export type TokenKind = 'identifier' | 'string' | 'template' | 'punctuator' | 'number' | 'regex';

export interface Token {
  kind: TokenKind;
  /** The identifier, the punctuator, or a string's (or static template's) value. */
  value: string;
  /** For a template literal: whether it has `${…}` parts (then `value` is not its text). */
  dynamic?: boolean;
  /** 0-based line of the token's first character. */
  line: number;
}

/** Words after which a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);
const PUNCTUATORS = [
  '>>>=',
  '...',
  '===',
  '!==',
  '**=',
  '<<=',
  '>>=',
  '>>>',
  '&&=',
  '||=',
  '??=',
  '=>',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '??',
  '?.',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '<<',
  '>>',
  '**',
];
const PUNCTUATOR_START = new Set(PUNCTUATORS.map((punctuator) => punctuator[0]));
const ASCII_IDENTIFIER_START = /[A-Za-z$_]/;
const ASCII_IDENTIFIER_PART = /[A-Za-z0-9$_]/;
const IDENTIFIER_START = /[\p{L}\p{Nl}$_]/u;
const IDENTIFIER_PART = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$_\u200c\u200d]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  /** For each open `{`: whether it opened a template's `${` (so its `}` resumes the template). */
  const braces: boolean[] = [];
  let i = 0;
  let line = 0;
  const n = text.length;

  const regexAllowed = (): boolean => {
    const last = tokens.at(-1);
    if (!last) return true;
    if (last.kind === 'identifier') return BEFORE_REGEX.has(last.value);
    if (last.kind === 'punctuator') return ![')', ']', '}', '++', '--'].includes(last.value);
    return false;
  };

  /** Reads a template from just after its opening backtick (or a `}` closing a `${`). */
  const template = (startLine: number, continued: boolean): void => {
    let cooked = '';
    const dynamic = continued;
    while (i < n) {
      const ch = text[i];
      if (ch === '`') {
        i++;
        push({ kind: 'template', value: cooked, dynamic, line: startLine });
        return;
      }
      if (ch === '$' && text[i + 1] === '{') {
        i += 2;
        braces.push(true);
        push({ kind: 'template', value: cooked, dynamic: true, line: startLine });
        return;
      }
      if (ch === '\\') {
        const [value, length] = escape(text, i);
        cooked += value;
        line += countLines(text, i, i + length);
        i += length;
        continue;
      }
      if (ch === '\n') line++;
      cooked += ch;
      i++;
    }
    push({ kind: 'template', value: cooked, dynamic, line: startLine });
  };

  const push = (token: Token): void => {
    tokens.push(token);
  };

  while (i < n) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0' || ch === '\ufeff' || ch === '\u2028' || ch === '\u2029') {
      i++;
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      line += countLines(text, i, stop);
      i = stop;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const startLine = line;
      i++;
      let value = '';
      while (i < n && text[i] !== ch && text[i] !== '\n') {
        if (text[i] === '\\') {
          const [cooked, length] = escape(text, i);
          value += cooked;
          line += countLines(text, i, i + length);
          i += length;
        } else {
          value += text[i++];
        }
      }
      if (text[i] === ch) i++;
      push({ kind: 'string', value, line: startLine });
      continue;
    }
    if (ch === '`') {
      i++;
      template(line, false);
      continue;
    }
    if (ch === '}' && braces.at(-1) === true) {
      braces.pop();
      i++;
      template(line, true);
      continue;
    }
    if (ch === '/' && regexAllowed()) {
      const startLine = line;
      let inClass = false;
      let body = '';
      i++;
      while (i < n && text[i] !== '\n') {
        const c = text[i];
        if (c === '\\') {
          body += text.slice(i, i + 2);
          i += 2;
          continue;
        }
        if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) break;
        body += c;
        i++;
      }
      if (text[i] === '/') i++;
      while (i < n && /[a-z]/i.test(text[i])) i++;
      push({ kind: 'regex', value: body, line: startLine });
      continue;
    }
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const start = i;
      while (i < n && /[0-9a-zA-Z_.]/.test(text[i])) i++;
      push({ kind: 'number', value: text.slice(start, i), line });
      continue;
    }
    if (
      ASCII_IDENTIFIER_START.test(ch) ||
      ch === '#' ||
      ch === '\\' ||
      (ch > '\u007f' && IDENTIFIER_START.test(String.fromCodePoint(text.codePointAt(i) ?? 0)))
    ) {
      const start = i;
      i += ch === '#' || ch === '\\' ? 1 : String.fromCodePoint(text.codePointAt(i) ?? 0).length;
      while (i < n) {
        const c = text[i];
        if (ASCII_IDENTIFIER_PART.test(c)) {
          i++;
          continue;
        }
        if (c <= '\u007f') break;
        const next = String.fromCodePoint(text.codePointAt(i) ?? 0);
        if (!IDENTIFIER_PART.test(next)) break;
        i += next.length;
      }
      push({ kind: 'identifier', value: text.slice(start, i), line });
      continue;
    }
    const punctuator = (PUNCTUATOR_START.has(ch) && PUNCTUATORS.find((candidate) => text.startsWith(candidate, i))) || ch;
    if (punctuator === '{') braces.push(false);
    else if (punctuator === '}') braces.pop();
    i += punctuator.length;
    push({ kind: 'punctuator', value: punctuator, line });
  }
  return tokens;
}

/** The value of the escape at `text[at]` (a backslash) and how many characters it spans. */
function escape(text: string, at: number): [string, number] {
  const next = text[at + 1];
  if (next === undefined) return ['', 1];
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
  if (next in simple && !(next === '0' && /[0-9]/.test(text[at + 2] ?? ''))) return [simple[next], 2];
  if (next === 'x') {
    const hex = /^[0-9a-fA-F]{2}/.exec(text.slice(at + 2, at + 4));
    if (hex) return [String.fromCharCode(parseInt(hex[0], 16)), 4];
  }
  if (next === 'u') {
    const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(at + 2, at + 10));
    if (braced) {
      const point = parseInt(braced[1], 16);
      return [point <= 0x10ffff ? String.fromCodePoint(point) : '', 2 + braced[0].length];
    }
    const hex = /^[0-9a-fA-F]{4}/.exec(text.slice(at + 2, at + 6));
    if (hex) return [String.fromCharCode(parseInt(hex[0], 16)), 6];
  }
  if (next === '\r' && text[at + 2] === '\n') return ['', 3];
  if (next === '\n' || next === '\r' || next === '\u2028' || next === '\u2029') return ['', 2];
  const point = text.codePointAt(at + 1) ?? 0;
  const char = String.fromCodePoint(point);
  return [char, 1 + char.length];
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to && k < text.length; k++) if (text[k] === '\n') count++;
  return count;
}
