// Anki's "Notes in Plain Text" export read into questions: a few '#key:value' header lines
// (#separator, #html, #tags column, and the notetype/deck/guid columns, which are not fields),
// then one note a line, fields separated as the header says, quoted when they hold a separator or
// a line break. The first field is the prompt, the second the answer; HTML fields become markdown.
import { parse } from 'csv-parse/sync';
import { KINDS } from '../model';
import { EVALUATION_MARK } from './ankiExport';
import { kindOf } from './columns';
import { htmlToMarkdown, mathToBank } from './html';
import { itemFromCells } from './row';
import type { ImportedItem, ImportResult } from './types';

const NAMED_SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

export interface AnkiHeader {
  separator: string;
  html: boolean;
  /** 0-based. */
  tagsColumn?: number;
  /** 0-based columns that are not fields (guid, notetype, deck). */
  metaColumns: number[];
  deckColumn?: number;
  /** The deck named by a '#deck:' line, for every note. */
  deck?: string;
}

/** The header lines and where the notes start. */
export function ankiHeader(lines: readonly string[]): { header: AnkiHeader; body: number } {
  const header: AnkiHeader = { separator: '\t', html: false, metaColumns: [] };
  let body = 0;
  for (; body < lines.length; body++) {
    const match = /^#([a-z ]+):(.*)$/i.exec(lines[body].replace(/^\uFEFF/, ''));
    if (!match) break;
    const key = match[1].trim().toLowerCase();
    const value = match[2].trim();
    const column = Number(value) - 1;
    if (key === 'separator') header.separator = NAMED_SEPARATORS[value.toLowerCase()] ?? (value.length === 1 ? value : '\t');
    else if (key === 'deck') header.deck = value;
    else if (key === 'html') header.html = value.toLowerCase() === 'true';
    else if (key === 'tags column' && Number.isInteger(column) && column >= 0) header.tagsColumn = column;
    else if (/^(guid|notetype|deck) column$/.test(key) && Number.isInteger(column) && column >= 0) {
      header.metaColumns.push(column);
      if (key === 'deck column') header.deckColumn = column;
    }
  }
  return { header, body };
}

/** True when the text opens with Anki's header lines. */
export function looksLikeAnki(text: string): boolean {
  return /^\uFEFF?#(separator|html|tags column|notetype|deck|columns):/i.test(text);
}

/** Questions from an Anki plain-text export named `name`. */
export function readAnki(text: string, name: string): ImportResult {
  const lines = text.split(/\r?\n/);
  const { header, body } = ankiHeader(lines);
  const result: ImportResult = { items: [], skipped: [] };
  let rows: string[][];
  try {
    rows = (
      parse(lines.slice(body).join('\n'), { delimiter: header.separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][]
    ).map((row) => row.map(String));
  } catch (error) {
    return { items: [], skipped: [`${name}: not read as an Anki export: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const field = (raw: string) => (header.html ? htmlToMarkdown(raw) : mathToBank(raw).trim());
  rows.forEach((row, index) => {
    const fields = row.filter((_cell, column) => column !== header.tagsColumn && !header.metaColumns.includes(column));
    const tags = header.tagsColumn === undefined ? '' : (row[header.tagsColumn] ?? '');
    const deck = (header.deckColumn === undefined ? (header.deck ?? '') : (row[header.deckColumn] ?? '')).split('::').pop() ?? '';
    const origin = `${name}:note ${index + 1}`;
    const back = fields[1] ?? '';
    const mark = header.html ? back.indexOf(EVALUATION_MARK) : -1;
    const points =
      mark < 0
        ? []
        : back
            .slice(mark + EVALUATION_MARK.length)
            .split(/<li>/i)
            .slice(1)
            .map((point) => htmlToMarkdown(point))
            .filter((point) => point.length > 0);
    const item = itemFromCells((name) => {
      if (name === 'question') return field(fields[0] ?? '');
      if (name === 'answer') return field(mark < 0 ? back : back.slice(0, mark));
      if (name === 'topic') return deck;
      return '';
    }, origin);
    if (typeof item === 'string') {
      result.skipped.push(`${origin}: ${item}`);
      return;
    }
    item.evaluation.push(...points);
    applyTags(
      item,
      tags.split(/\s+/).filter((tag) => tag.length > 0),
    );
    result.items.push(item);
  });
  return result;
}

/** A bare tag that names a kind as the bank spells it ("coding", "system-design"): kept as a tag, and read as the kind. */
const KIND_TAGS = new Set<string>(KINDS);

/** Tags the exporter writes (role::…, topic::…, difficulty::…, kind::…) read back as fields; the rest stay tags. */
function applyTags(item: ImportedItem, tags: string[]): void {
  for (const tag of tags) {
    if (KIND_TAGS.has(tag.toLowerCase()) && !item.kind) item.kind = kindOf(tag);
    const match = /^(role|topic|difficulty|time|kind|type)::(.+)$/i.exec(tag);
    const value = match ? match[2].replace(/_/g, ' ') : '';
    const kind = match?.[1].toLowerCase();
    if (kind === 'role') item.roles.push(value);
    else if (kind === 'topic') item.topic = value;
    else if (kind === 'difficulty' && /^(easy|medium|hard)$/.test(value)) item.difficulty = value as 'easy' | 'medium' | 'hard';
    else if (kind === 'time' && /^\d{1,3}$/.test(value)) item.minutes = Number(value);
    else if ((kind === 'kind' || kind === 'type') && kindOf(value)) item.kind = kindOf(value);
    else item.tags.push(tag);
  }
}
