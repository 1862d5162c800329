// Which reader a file goes to, by its name and its first line.
import { looksLikeAnki, readAnki } from './anki';
import { readCsv } from './csv';
import { itemsFromDocument } from './document';
import type { ImportResult } from './types';

export type ImportFormat = 'csv' | 'anki' | 'markdown';

/** Extensions the import command offers. */
export const IMPORT_EXTENSIONS = ['md', 'markdown', 'csv', 'tsv', 'txt'];

export function importFormat(name: string, text: string): ImportFormat | undefined {
  const lower = name.toLowerCase();
  if (looksLikeAnki(text)) return 'anki';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  // An Anki export without header lines is tab-separated text.
  if (lower.endsWith('.txt')) return text.includes('\t') ? 'anki' : 'markdown';
  return undefined;
}

export function readImport(text: string, name: string): ImportResult {
  const format = importFormat(name, text);
  if (format === 'anki') return readAnki(text, name);
  if (format === 'csv') return readCsv(text, name);
  if (format === 'markdown') return itemsFromDocument(text, name);
  return { items: [], skipped: [`${name}: not a file Interview Prep imports (markdown, CSV, TSV or an Anki .txt export)`] };
}
