// CSV and TSV files read into questions, with csv-parse doing the parsing: quoted cells with line
// breaks, doubled quotes, a BOM, and ',', ';' or tab separators (sniffed from the first line).
// Cells are data: one starting with '=' (a spreadsheet formula) is kept as its text, never evaluated.
import { parse } from 'csv-parse/sync';
import { headerColumns, type Field } from './columns';
import { itemFromCells } from './row';
import type { ImportResult } from './types';

const SEPARATORS = [',', ';', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];

/** The separator of the first line that counts most outside quotes (ties: tab, then ';', then ','). */
export function sniffSeparator(text: string): Separator {
  const counts = new Map<string, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (let at = text.charCodeAt(0) === 0xfeff ? 1 : 0; at < text.length && at < 65536; at++) {
    const char = text[at];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Separator = ',';
  for (const separator of SEPARATORS) if ((counts.get(separator) ?? 0) >= (counts.get(best) ?? 0) && (counts.get(separator) ?? 0) > 0) best = separator;
  return best;
}

/** Rows of cells. Never throws on odd quoting: a malformed quote is read as text. */
export function parseRows(text: string, separator: Separator = sniffSeparator(text)): string[][] {
  const rows: unknown = parse(text, {
    delimiter: separator,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    cast: false,
  });
  return (rows as string[][]).map((row) => row.map((cell) => String(cell)));
}

/**
 * Questions from a CSV or TSV file named `name` (for the report). A header row naming a question
 * column maps the columns; without one, the first two columns are question and answer.
 */
export function readCsv(text: string, name: string, separator?: Separator): ImportResult {
  let rows: string[][];
  try {
    rows = parseRows(text, separator ?? (name.toLowerCase().endsWith('.tsv') ? '\t' : sniffSeparator(text)));
  } catch (error) {
    return { items: [], skipped: [`${name}: not read as CSV: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const header = rows.length ? headerColumns(rows[0]) : undefined;
  const columns =
    header ??
    new Map<Field, number>([
      ['question', 0],
      ['answer', 1],
    ]);
  const result: ImportResult = { items: [], skipped: [] };
  rows.forEach((row, index) => {
    if (header && index === 0) return;
    const origin = `${name}:row ${index + 1}`;
    const item = itemFromCells((field) => {
      const column = columns.get(field);
      return column === undefined ? '' : (row[column] ?? '');
    }, origin);
    if (typeof item === 'string') result.skipped.push(`${origin}: ${item}`);
    else result.items.push(item);
  });
  return result;
}
