// The unittest cases a Python test file declares, found as unittest's loader finds them: each
// top-level class deriving from a TestCase, and its methods whose names start with `test`,
// including those it inherits from classes in the same file, sorted by name. Text inside strings
// and comments is not code, so a docstring showing `def test_x` declares nothing.
import type { DiscoveredTest } from './testDiscovery';

interface LogicalLine {
  /** 0-based line of its first physical line, and of its last. */
  line: number;
  endLine: number;
  indent: number;
  /** The code with every string literal replaced by `""` and comments removed. */
  code: string;
}

interface PyClass {
  name: string;
  bases: string[];
  line: number;
  endLine: number;
  methods: { name: string; line: number; endLine: number }[];
}

const IDENTIFIER = String.raw`[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*`;
const CLASS = new RegExp(String.raw`^class\s+(${IDENTIFIER})\s*(?:\((.*)\))?\s*:`, 'u');
const DEF = new RegExp(String.raw`^(?:async\s+)?def\s+(${IDENTIFIER})\s*\(`, 'u');

export function discoverPythonTests(file: string, moduleName: string, text: string): DiscoveredTest[] {
  const classes = pythonClasses(logicalLines(text));
  const byName = new Map(classes.map((cls) => [cls.name, cls]));
  const isTestCase = (cls: PyClass, seen = new Set<string>()): boolean => {
    if (seen.has(cls.name)) return false;
    seen.add(cls.name);
    return cls.bases.some((base) => {
      const local = byName.get(base);
      if (local && local !== cls) return isTestCase(local, seen);
      return /(^|\.)\w*TestCase$/.test(base);
    });
  };
  /** Its own methods, then those of its bases in the file (the first definition of a name wins). */
  const methodsOf = (cls: PyClass, seen = new Set<string>()): PyClass['methods'] => {
    if (seen.has(cls.name)) return [];
    seen.add(cls.name);
    const all = [...cls.methods];
    for (const base of cls.bases) {
      const local = byName.get(base);
      if (local && local !== cls) all.push(...methodsOf(local, seen));
    }
    const firsts = new Map<string, PyClass['methods'][number]>();
    for (const method of all) if (!firsts.has(method.name)) firsts.set(method.name, method);
    return [...firsts.values()];
  };

  const tests: DiscoveredTest[] = [];
  for (const cls of classes) {
    if (!isTestCase(cls)) continue;
    const methods = methodsOf(cls)
      .filter((method) => method.name.startsWith('test'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (methods.length === 0) continue;
    const key = `${moduleName}.${cls.name}`;
    tests.push({
      key,
      label: cls.name,
      kind: 'suite',
      file,
      line: cls.line,
      endLine: cls.endLine,
      children: methods.map((method) => ({
        key: `${key}.${method.name}`,
        label: method.name,
        kind: 'case',
        file,
        line: method.line,
        endLine: method.endLine,
        children: [],
      })),
    });
  }
  return tests;
}

function pythonClasses(lines: LogicalLine[]): PyClass[] {
  const classes: PyClass[] = [];
  let current: PyClass | undefined;
  let bodyIndent: number | undefined;
  let method: PyClass['methods'][number] | undefined;
  for (const logical of lines) {
    if (logical.indent === 0) {
      current = undefined;
      method = undefined;
      bodyIndent = undefined;
      const match = CLASS.exec(logical.code);
      if (match) {
        current = { name: match[1], bases: splitBases(match[2] ?? ''), line: logical.line, endLine: logical.endLine, methods: [] };
        classes.push(current);
      }
      continue;
    }
    if (!current) continue;
    current.endLine = logical.endLine;
    bodyIndent ??= logical.indent;
    if (logical.indent < bodyIndent) {
      // A dedent that is still inside the class (inconsistent indentation): the body has ended.
      current = undefined;
      continue;
    }
    if (logical.indent === bodyIndent) {
      method = undefined;
      const def = DEF.exec(logical.code);
      if (def) {
        method = { name: def[1], line: logical.line, endLine: logical.endLine };
        current.methods.push(method);
      }
    } else if (method) {
      method.endLine = logical.endLine;
    }
  }
  return classes;
}

/** `unittest.TestCase, metaclass=Meta` → the base names, keyword arguments left out. */
function splitBases(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && !part.includes('='));
}

/**
 * The file as Python's logical lines (physical lines joined inside brackets and after a trailing
 * backslash), without blank and comment-only lines, strings replaced by `""`. A decorator is its
 * own logical line, so a decorated `def` is still found, with the line of the `def`.
 */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const n = text.length;
  let i = 0;
  let line = 0;
  let depth = 0;
  let code = '';
  let start = 0;
  let indent = 0;
  let atLineStart = true;
  let continued = false;

  const finish = (): void => {
    if (code.trim()) out.push({ line: start, endLine: line, indent, code: code.trim() });
    code = '';
    depth = 0;
  };

  while (i < n) {
    if (atLineStart && depth === 0 && !continued) {
      let width = 0;
      while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) {
        width = text[i] === '\t' ? width + 8 - (width % 8) : width + 1;
        i++;
      }
      indent = width;
      start = line;
    }
    atLineStart = false;
    continued = false;
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      if (depth === 0) finish();
      line++;
      i++;
      atLineStart = true;
      continue;
    }
    if (ch === '\r') {
      i++;
      continue;
    }
    if (ch === '#') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    if (ch === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
      line++;
      code += ' ';
      atLineStart = true;
      continued = true;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const triple = text.startsWith(ch.repeat(3), i);
      const quote = triple ? ch.repeat(3) : ch;
      i += quote.length;
      while (i < n) {
        if (text[i] === '\\') {
          if (text[i + 1] === '\n') line++;
          i += 2;
          continue;
        }
        if (text.startsWith(quote, i)) {
          i += quote.length;
          break;
        }
        if (text[i] === '\n') {
          if (!triple) break; // an unclosed one-line string ends at the line's end
          line++;
        }
        i++;
      }
      code += '""';
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
    code += ch;
    i++;
  }
  finish();
  return out;
}
