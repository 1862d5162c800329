// CSV export and import of attempts. Cells that a spreadsheet would run as formulas are escaped.
import { ATTEMPT_FIELDS, FIELDS, type FieldRule } from './attemptSchema';
import type { Attempt } from './model';

// Spreadsheets run a cell that starts with one of these as a formula. Such text (and text that
// already starts with an apostrophe) is exported with a leading apostrophe, removed again on import.
const FORMULA_START = /^[=+\-@\t\r']/;

function csvCell(value: unknown): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(attempts: readonly Attempt[]): string {
  const rows = [ATTEMPT_FIELDS.join(','), ...attempts.map((attempt) => ATTEMPT_FIELDS.map((name) => csvCell(attempt[name])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}

/** RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks; CRLF or LF between rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (input[i + 1] === '"') cell += input[++i];
      else quoted = false;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((cells) => cells.length > 1 || cells[0] !== '');
}

export function fromCsvRow(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  header.forEach((name, index) => {
    const rule = (FIELDS as Record<string, FieldRule | undefined>)[name];
    const cell = cells[index];
    if (!rule || cell === '') return;
    if (rule.numeric) value[name] = cell.trim() === '' ? Number.NaN : Number(cell);
    else value[name] = cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
  });
  return value;
}
