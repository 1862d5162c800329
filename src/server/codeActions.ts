// Quick fixes for the validator's problems, keyed by their codes. Facts (the key, the suggestion)
// are read back from the message, which is the one wording shared with the CLI; edits are computed
// on the current text, not on the possibly older diagnostic ranges.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver/node';
import { DIFFICULTIES, KINDS } from '../bank/model';
import { slugify } from '../bank/plainMarkdown';
import { ALL_KEYS, ID_PATTERN } from '../bank/validate';
import { SOURCE } from './diagnostics';
import { placeholderValue, type PlaceholderContext } from './placeholders';
import { findKey, readQuestionDocument, type KeyLine, type QuestionDocument } from './questionDocument';
import type { WorkspaceIndex } from './workspaceIndex';

interface Fix {
  title: string;
  edits: TextEdit[];
}

export function codeActions(text: string, uri: string, file: string, diagnostics: Diagnostic[], index: WorkspaceIndex): CodeAction[] {
  const doc = readQuestionDocument(text);
  const context: PlaceholderContext = { doc, file, index };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const actions: CodeAction[] = [];
  const missing: { diagnostic: Diagnostic; key: string }[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    const fixes = fixesFor(diagnostic, context, eol);
    const key = String(diagnostic.code) === 'missing-key' ? quoted(diagnostic.message, /missing required key "([^"]+)"/) : undefined;
    if (key && fixes.length > 0) missing.push({ diagnostic, key });
    for (const fix of fixes) actions.push(action(fix, uri, [diagnostic], fixes.length === 1));
  }
  if (missing.length > 1) {
    const edits = missing.flatMap(({ key }) => addKey(doc, key, placeholderValue(key, context), eol));
    actions.push(
      action(
        { title: 'Add all missing keys', edits },
        uri,
        missing.map(({ diagnostic }) => diagnostic),
        false,
      ),
    );
  }
  return actions;
}

function action(fix: Fix, uri: string, diagnostics: Diagnostic[], isPreferred: boolean): CodeAction {
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred, edit: { changes: { [uri]: fix.edits } } };
}

function fixesFor(diagnostic: Diagnostic, context: PlaceholderContext, eol: string): Fix[] {
  const { doc } = context;
  const message = diagnostic.message;
  const suggestion = quoted(message, /did you mean "([^"]+)"\?$/);
  switch (String(diagnostic.code)) {
    case 'missing-key': {
      const key = quoted(message, /missing required key "([^"]+)"/);
      if (!key) return [];
      const value = placeholderValue(key, context);
      const edits = addKey(doc, key, value, eol);
      return edits.length > 0 ? [{ title: `Add "${key}: ${value}"`, edits }] : [];
    }
    case 'enum-case':
    case 'bad-enum': {
      const key = /^(\w+) "/.exec(message)?.[1];
      const line = key ? findKey(doc, key) : undefined;
      if (!line) return [];
      const values = suggestion ? [suggestion] : key === 'kind' ? KINDS : key === 'difficulty' ? DIFFICULTIES : [];
      return values.map((value) => ({ title: `Change to "${value}"`, edits: [{ range: valueRange(line), newText: value }] }));
    }
    case 'unknown-key': {
      const key = quoted(message, /unknown key "([^"]+)"/);
      const line = key ? findKey(doc, key) : undefined;
      if (!line || !suggestion || findKey(doc, suggestion)) return [];
      return [
        {
          title: `Rename to "${suggestion}"`,
          edits: [{ range: { start: { line: line.line, character: 0 }, end: { line: line.line, character: line.keyEnd } }, newText: suggestion }],
        },
      ];
    }
    case 'bad-id': {
      const line = findKey(doc, 'id');
      if (!line) return [];
      const title = findKey(doc, 'title')?.value;
      const ids = new Map<string, string>();
      if (title && slugify(title)) ids.set(slugify(title), `Use id "${slugify(title)}" (from the title)`);
      const fromValue = slugify(line.value);
      if (fromValue && !ids.has(fromValue)) ids.set(fromValue, `Use id "${fromValue}"`);
      return [...ids].filter(([id]) => ID_PATTERN.test(id)).map(([id, fixTitle]) => ({ title: fixTitle, edits: [{ range: valueRange(line), newText: id }] }));
    }
    case 'exercise-id-folder': {
      const folder = quoted(message, /folder name "([^"]+)"/);
      const line = findKey(doc, 'id');
      return folder && line ? [{ title: `Use id "${folder}" (the folder name)`, edits: [{ range: valueRange(line), newText: folder }] }] : [];
    }
    case 'role-spelling': {
      const match = /^role "(.+)" differs from the known role "(.+?)";/.exec(message);
      const roles = findKey(doc, 'roles');
      const range = match && roles ? findInKey(doc, roles, match[1]) : undefined;
      return match && range ? [{ title: `Change to "${match[2]}"`, edits: [{ range, newText: match[2] }] }] : [];
    }
    case 'unknown-section': {
      const line = diagnostic.range.start.line;
      if (!suggestion || !/^##\s/.test(doc.lines[line] ?? '')) return [];
      return [
        {
          title: `Change to "## ${suggestion}"`,
          edits: [{ range: { start: { line, character: 0 }, end: { line, character: doc.lines[line].length } }, newText: `## ${suggestion}` }],
        },
      ];
    }
    default:
      return [];
  }
}

function quoted(message: string, pattern: RegExp): string | undefined {
  return pattern.exec(message)?.[1];
}

function valueRange(key: KeyLine): Range {
  return { start: { line: key.line, character: key.valueStart }, end: { line: key.line, character: key.valueEnd } };
}

/**
 * A missing key goes where authors expect it: before the first present key that comes after it in
 * the documented order, else at the end of the front matter. A key written with no value gets one.
 */
function addKey(doc: QuestionDocument, key: string, value: string, eol: string): TextEdit[] {
  if (doc.closingLine === undefined) return [];
  const existing = findKey(doc, key);
  if (existing)
    return [
      {
        range: { start: { line: existing.line, character: existing.keyEnd }, end: { line: existing.line, character: existing.valueEnd } },
        newText: `: ${value}`,
      },
    ];
  const order = ALL_KEYS.indexOf(key);
  const next = doc.keys.filter((candidate) => ALL_KEYS.indexOf(candidate.key) > order).sort((a, b) => a.line - b.line)[0];
  const line = next?.line ?? doc.closingLine;
  return [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${key}: ${value}${eol}` }];
}

/** Where `text` is written among a key's values, on its own line or in its block list. */
function findInKey(doc: QuestionDocument, key: KeyLine, text: string): Range | undefined {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|[\\s,\\[\\-"'])(${escaped})(?=$|[\\s,\\]"'])`);
  for (let line = key.line; line <= key.lastLine; line++) {
    const from = line === key.line ? key.valueStart : 0;
    const match = pattern.exec(doc.lines[line].slice(from));
    if (match) {
      const start = from + match.index + match[1].length;
      return { start: { line, character: start }, end: { line, character: start + text.length } };
    }
  }
  return undefined;
}
