// Migrations of log records written by older versions of the extension.
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION } from './attemptSchema';
import { RECALL_GRADES } from './model';

type Migration = (record: Record<string, unknown>, line: string) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n record into a version-(n + 1) one. Lines without `v` are v0. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // v0 predates the envelope: {"questionId","time","grade"}, time as ISO text or epoch ms, grade as
  // a name or 1-4. It had no id, so one is derived from the line: loading twice must not duplicate.
  0: (old, line) => ({
    v: 1,
    attempt: {
      id: `v0-${createHash('sha256').update(line).digest('hex').slice(0, 16)}`,
      kind: 'question',
      questionId: old.questionId,
      at: typeof old.time === 'number' && Number.isFinite(new Date(old.time).getTime()) ? new Date(old.time).toISOString() : old.time,
      durationMs: 0,
      grade: typeof old.grade === 'number' ? RECALL_GRADES[old.grade - 1] : old.grade,
    },
  }),
};

export function migrate(record: Record<string, unknown>, from: number, line: string): Record<string, unknown> | undefined {
  let current = record;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return undefined;
    current = step(current, line);
  }
  return current;
}
