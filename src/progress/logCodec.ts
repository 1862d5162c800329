// The log's line format: {"v":1,"attempt":{...},"crc":"8 hex digits"}, where the crc is the CRC-32 of
// the same line without the crc member.
import * as zlib from 'node:zlib';
import { isRecord, SCHEMA_VERSION, validateAttempt } from './attemptSchema';
import { migrate } from './migrations';
import type { Attempt } from './model';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as in zip and PNG) of the UTF-8 bytes of `text`. */
export function crc32(text: string): number {
  return nativeCrc32 ? nativeCrc32(text) >>> 0 : crc32InJs(text);
}

/** Node 20.15 and 22.2 compute CRC-32 natively (of a string's UTF-8 bytes); older hosts use `crc32InJs`. */
const nativeCrc32 = (zlib as { crc32?: (data: string) => number }).crc32;

export function crc32InJs(text: string): number {
  const bytes = Buffer.from(text, 'utf8');
  let crc = 0xffffffff;
  for (let at = 0; at < bytes.length; at++) crc = CRC_TABLE[(crc ^ bytes[at]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const crcHex = (text: string) => crc32(text).toString(16).padStart(8, '0');
const SEAL = /,"crc":"([0-9a-f]{8})"\}$/;

/** Seals a JSON object's text with its checksum, as the last member. */
export function sealRecord(body: string): string {
  return `${body.slice(0, -1)},"crc":"${crcHex(body)}"}`;
}

export function encodeRecord(attempt: Attempt): string {
  return sealRecord(JSON.stringify({ v: SCHEMA_VERSION, attempt }));
}

/** The log line for an attempt, newline included. Throws a TypeError on an invalid attempt. */
export function encodeLine(attempt: Attempt): string {
  const checked = validateAttempt(attempt);
  if (!checked.ok) throw new TypeError(`Invalid attempt ${JSON.stringify(attempt.id)}: ${checked.error}`);
  return `${encodeRecord(checked.attempt)}\n`;
}

/** `text` is what to write back on a rewrite: the original line, or the migrated one. Lines from a
 * newer schema come back without an attempt; they are kept verbatim so a newer window loses nothing. */
export type DecodedLine = { attempt: Attempt; text: string } | { attempt?: undefined; text: string };

/** Decodes one line (without its newline); undefined when it is damaged or invalid. */
export function decodeLine(text: string): DecodedLine | undefined {
  const seal = SEAL.exec(text);
  const body = seal ? `${text.slice(0, seal.index)}}` : text;
  if (seal && crcHex(body) !== seal[1]) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(record)) return undefined;
  const version = record.v ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return undefined;
  // Only v0 predates checksums; a versioned line without one was damaged or hand-edited.
  if (version > 0 && !seal) return undefined;
  if (version > SCHEMA_VERSION) return { text };
  const migrated = migrate(record, version, text);
  const checked = validateAttempt(migrated?.attempt);
  if (!checked.ok) return undefined;
  return { attempt: checked.attempt, text: version === SCHEMA_VERSION ? text : encodeRecord(checked.attempt) };
}
