// What an attempt record may hold: one rule per field, used to check every record read or imported.
//
// Adding an optional field keeps SCHEMA_VERSION: an older version of the extension reading such a
// line keeps the attempt (it drops the fields it does not know and, when it rewrites the log, writes
// the line back as it was, new fields included). A new version only for a change old readers would
// misread; that needs a migration in migrations.ts. (suggestedScore, suggestedBy, interview and regrades
// came this way, in version 1.)
import { ATTEMPT_KINDS, OUTCOMES, RECALL_GRADES, type Attempt } from './model';

export const SCHEMA_VERSION = 1;

export interface FieldRule {
  required: boolean;
  numeric: boolean;
  check: (value: unknown) => boolean;
  expected: string;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isId = (value: unknown) => typeof value === 'string' && value.trim() !== '' && value.length <= 200;
const isText = (value: unknown) => typeof value === 'string' && value.length <= 1_000_000;
const isMs = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isScore = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 10;
const isWholeScore = (value: unknown) => isScore(value) && Number.isInteger(value);
const isTime = (value: unknown) => typeof value === 'string' && ISO_TIME.test(value) && Number.isFinite(Date.parse(value));
const oneOf = (values: readonly string[]) => (value: unknown) => typeof value === 'string' && values.includes(value);

const optional = (check: FieldRule['check'], expected: string, numeric = false): FieldRule => ({ required: false, numeric, check, expected });
const required = (check: FieldRule['check'], expected: string, numeric = false): FieldRule => ({ required: true, numeric, check, expected });

// Typed over every key of Attempt, so a field added to the model cannot be forgotten here (and
// silently dropped by validation, exports and imports).
export const FIELDS: { readonly [K in keyof Required<Attempt>]: FieldRule } = {
  id: required(isId, 'a non-empty id'),
  kind: required(oneOf(ATTEMPT_KINDS), `one of ${ATTEMPT_KINDS.join(', ')}`),
  questionId: required(isId, 'a non-empty id'),
  at: required(isTime, 'an ISO 8601 time with a time zone'),
  durationMs: required(isMs, 'a number of milliseconds', true),
  allottedMs: optional(isMs, 'a number of milliseconds', true),
  score: optional(isScore, 'a number from 0 to 10', true),
  grade: optional(oneOf(RECALL_GRADES), `one of ${RECALL_GRADES.join(', ')}`),
  hintsUsed: optional(isCount, 'a whole number', true),
  outcome: optional(oneOf(OUTCOMES), `one of ${OUTCOMES.join(', ')}`),
  draft: optional(isText, 'text'),
  language: optional(isId, 'a language name'),
  timeToGreenMs: optional(isMs, 'a number of milliseconds', true),
  casesPassed: optional(isCount, 'a whole number', true),
  casesTotal: optional(isCount, 'a whole number', true),
  sessionId: optional(isId, 'a non-empty id'),
  suggestedScore: optional(isWholeScore, 'a whole number from 0 to 10', true),
  suggestedBy: optional(isId, 'a model name'),
  interview: optional(isText, 'text'),
  regrades: optional(isId, 'the id of the attempt it regrades'),
};

/** Every Attempt field, in the order exports write them. */
export const ATTEMPT_FIELDS = Object.keys(FIELDS) as (keyof Attempt)[];

export type Validation = { ok: true; attempt: Attempt } | { ok: false; error: string };

/** Checks an untrusted value; the attempt it returns has only known fields and `at` in UTC ISO form. */
export function validateAttempt(value: unknown): Validation {
  if (!isRecord(value)) return { ok: false, error: 'not an object' };
  const attempt: Record<string, unknown> = {};
  for (const name of ATTEMPT_FIELDS) {
    const rule = FIELDS[name];
    const field = value[name];
    if (field === undefined || field === null) {
      if (rule.required) return { ok: false, error: `${name} is missing` };
      continue;
    }
    if (!rule.check(field)) return { ok: false, error: `${name} must be ${rule.expected}` };
    attempt[name] = name === 'at' ? new Date(field as string).toISOString() : field;
  }
  return { ok: true, attempt: attempt as unknown as Attempt };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
