// The user's work on a question between attempts: the draft answer, STAR fields, personal notes and
// the conversation with the interviewer about the draft. One small JSON file per question, written
// atomically (temp file, then rename), so a crash or reload never leaves half a draft. With the history
// shared through a folder, each machine also writes its copy there (`work-<machine>/<id>.json`) and
// reading keeps the newest copy of any machine (sharedFiles.ts). Pure Node: no `vscode`.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ID_PATTERN } from '../bank/validate';
import { readInterview, type InterviewRecord } from '../interviewer/interview';
import { newest, readShared, writeShared } from '../progress/sharedFiles';

/** The shared history folder and this machine's id in it, while the history is shared. */
export type SharedPlace = () => { folder: string; machine: string } | undefined;

const SHARED_NAME = 'work';

export interface StarFields {
  situation: string;
  task: string;
  action: string;
  result: string;
}

export interface QuestionWork {
  draft: string;
  star?: StarFields;
  notes: string;
  /** The interviewer's grading of this draft and its follow-ups; cleared with the draft. */
  interview?: InterviewRecord;
  updatedAt: string;
}

export const EMPTY_WORK: QuestionWork = { draft: '', notes: '', updatedAt: '' };

export class WorkStore {
  private writes = new Map<string, Promise<void>>();

  constructor(
    private readonly dir: string,
    private readonly shared: SharedPlace = () => undefined,
  ) {}

  private fileFor(questionId: string): string {
    if (!ID_PATTERN.test(questionId) && !/^[a-z0-9-]{1,200}$/.test(questionId)) throw new Error(`invalid question id "${questionId}"`);
    return path.join(this.dir, `${questionId}.json`);
  }

  /** The saved work on a question: this machine's, or a newer copy another machine shared. */
  async get(questionId: string): Promise<QuestionWork> {
    const file = this.fileFor(questionId);
    let local: QuestionWork;
    try {
      local = readWork(JSON.parse(await fs.readFile(file, 'utf8')));
    } catch {
      local = { ...EMPTY_WORK };
    }
    const place = this.shared();
    if (!place) return local;
    const copies = await readShared(place.folder, SHARED_NAME, isObject, path.basename(file, '.json'));
    return newest([local, ...copies.map((copy) => readWork(copy.value))], (work) => work.updatedAt) ?? local;
  }

  /** Merges `change` into the saved work. Writes to one question are serialised, in order. */
  update(questionId: string, change: Partial<Omit<QuestionWork, 'updatedAt'>>): Promise<void> {
    const previous = this.writes.get(questionId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const work = { ...(await this.get(questionId)), ...change, updatedAt: new Date().toISOString() };
        const file = this.fileFor(questionId);
        await fs.mkdir(this.dir, { recursive: true });
        const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
        await fs.writeFile(temp, JSON.stringify(work));
        await fs.rename(temp, file);
        const place = this.shared();
        // A shared folder that cannot be written keeps the work on this machine; the next save tries again.
        if (place) await writeShared(place.folder, SHARED_NAME, place.machine, work, path.basename(file, '.json')).catch(() => false);
      });
    this.writes.set(questionId, next);
    return next;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Saved work read field by field: a field of the wrong type is left empty. */
function readWork(value: unknown): QuestionWork {
  const saved = (isObject(value) ? value : {}) as Partial<QuestionWork>;
  return {
    draft: typeof saved.draft === 'string' ? saved.draft : '',
    notes: typeof saved.notes === 'string' ? saved.notes : '',
    star: isStar(saved.star) ? saved.star : undefined,
    interview: storedInterview(saved.interview),
    updatedAt: typeof saved.updatedAt === 'string' ? saved.updatedAt : '',
  };
}

/** A saved conversation, checked part by part; a damaged one is dropped (the draft stays). */
function storedInterview(value: unknown): InterviewRecord | undefined {
  const points = (value as { grading?: { points?: unknown } } | undefined)?.grading?.points;
  return Array.isArray(points) ? readInterview(value, points.length) : undefined;
}

export function isStar(value: unknown): value is StarFields {
  const star = value as StarFields;
  return (
    typeof value === 'object' && value !== null && ['situation', 'task', 'action', 'result'].every((key) => typeof star[key as keyof StarFields] === 'string')
  );
}
