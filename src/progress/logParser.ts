// Reading a whole log: good lines, damaged ones, records glued together by a torn write.
import { decodeLine, type DecodedLine } from './logCodec';
import type { Attempt } from './model';

export interface ParsedLog {
  /** Good lines in file order, duplicates included. */
  entries: DecodedLine[];
  badLines: number;
  /** Good lines written in an older schema version (they are migrated on every load). */
  outdated: number;
  /** Damaged lines, two records glued on one line, or a last line without its newline. */
  needsRepair: boolean;
}

const RECORD_START = '{"v":';

export function parseLog(bytes: Buffer): ParsedLog {
  const parsed: ParsedLog = { entries: [], badLines: 0, outdated: 0, needsRepair: false };
  for (let start = 0; start < bytes.length;) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const text = bytes.toString('utf8', start, end).replace(/\r$/, '');
    start = end + 1;
    if (text.trim() === '') continue;
    // Without its newline the next append would be glued onto this line.
    if (newline === -1) parsed.needsRepair = true;
    const decoded = decodeLine(text);
    if (decoded) {
      parsed.entries.push(decoded);
      if (decoded.text !== text) parsed.outdated++;
      continue;
    }
    // An append after a torn write lands on the same line as the fragment. Every record starts with
    // `{"v":`, which cannot occur inside a JSON string (its quotes would be escaped), so split there.
    parsed.needsRepair = true;
    for (const piece of splitAtRecords(text)) {
      const salvaged = piece.trim() === '' ? undefined : decodeLine(piece);
      if (salvaged) parsed.entries.push(salvaged);
      else if (piece.trim() !== '') parsed.badLines++;
    }
  }
  return parsed;
}

function splitAtRecords(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let at = text.indexOf(RECORD_START, 1); at !== -1; at = text.indexOf(RECORD_START, at + 1)) {
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** First occurrence of each id wins; lines from a newer schema are deduplicated by their text. */
export function unique(entries: readonly DecodedLine[]): DecodedLine[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = entry.attempt ? `id ${entry.attempt.id}` : `line ${entry.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const attemptsOf = (entries: readonly DecodedLine[]) => entries.flatMap((entry) => (entry.attempt ? [entry.attempt] : []));
export const timeOf = (entry: DecodedLine) => (entry.attempt ? Date.parse(entry.attempt.at) : Infinity);

export function sortByTime(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
