// The outline of a question file: its front matter (with a child per key), the prompt, and each
// `## ` section.
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver/node';
import { listItems } from '../bank/sections';
import { readQuestionDocument, type Block } from './questionDocument';

export function documentSymbols(text: string): DocumentSymbol[] {
  const doc = readQuestionDocument(text);
  const lines = doc.lines;
  const blockRange = (block: Block): Range => ({
    start: { line: block.line, character: 0 },
    end: { line: block.lastLine, character: lines[block.lastLine].length },
  });
  const symbols: DocumentSymbol[] = [];
  if (doc.hasFrontMatter) {
    const last = doc.closingLine ?? lines.length - 1;
    symbols.push({
      name: 'Front matter',
      kind: SymbolKind.Module,
      range: blockRange({ line: 0, lastLine: last }),
      selectionRange: { start: { line: 0, character: 0 }, end: { line: 0, character: lines[0].length } },
      children: doc.keys.map((key): DocumentSymbol => ({
        name: key.key,
        detail: key.value.length > 60 ? `${key.value.slice(0, 59)}…` : key.value,
        kind: SymbolKind.Property,
        range: blockRange(key),
        selectionRange: { start: { line: key.line, character: 0 }, end: { line: key.line, character: key.keyEnd } },
      })),
    });
  }
  if (doc.prompt) {
    symbols.push({
      name: 'Prompt',
      kind: SymbolKind.String,
      range: blockRange(doc.prompt),
      selectionRange: blockRange({ line: doc.prompt.line, lastLine: doc.prompt.line }),
    });
  }
  for (const section of doc.sections) {
    const body = lines.slice(section.line + 1, section.lastLine + 1).join('\n');
    const items = listItems(body).length;
    symbols.push({
      name: section.heading,
      detail: items > 0 ? `${items} item${items === 1 ? '' : 's'}` : undefined,
      kind: SymbolKind.String,
      range: blockRange(section),
      selectionRange: { start: { line: section.line, character: 0 }, end: { line: section.line, character: lines[section.line].length } },
    });
  }
  return symbols;
}
