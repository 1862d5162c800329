// The index of a bank's questions, exercises and problems, kept per file so that a change to one
// file costs a few lookups per question it holds: which file wins each question id, and in what
// order questions list. It also shows plain files whose title heading opens many files of their
// folder by their question's words instead (issue 15 §2), which only the whole folder can tell.
import * as path from 'node:path';
import { BOILERPLATE_FILES } from './documents';
import { entryQuestions, type FileEntry } from './fileEntry';
import type { Exercise, Problem, Question } from './model';

export type SourceKind = 'workspace' | 'setting' | 'builtin';

/** A bank folder. Sources earlier in the list win when two share a question id. */
export interface BankSource {
  path: string;
  kind: SourceKind;
}

/**
 * Past this many changed ids per listed question, re-sorting the whole list is cheaper than one
 * ordered insert per change (a bulk load changes every id at once).
 */
const FULL_RESORT_RATIO = 32;

/** One file's entry, and its place in load order (how a stable sort over the entries broke ties). */
interface Slot {
  entry: FileEntry;
  position: number;
  /** The entry's question shown under its `retitle` title, made when first needed. */
  retitled?: Question;
}

/** The files that define one question id, and the question that won it (set when not stale). */
interface Bucket {
  id: string;
  slots: Slot[];
  /** The question each of `slots` defines with this id (a document defines many, one per id). */
  questions: Question[];
  stale: boolean;
  /** Whether `winners` holds this bucket. */
  listed: boolean;
  question?: Question;
  rank: number;
  /** Load position of the id's first file. */
  first: number;
}

export class BankIndex {
  // Everything is kept per file and per id, so one `set()` costs a few lookups rather than a pass
  // over the whole bank; reading re-ranks only the ids touched since the last read.
  private readonly slots = new Map<string, Slot>();
  private nextPosition = 0;
  private readonly buckets = new Map<string, Bucket>();
  private readonly exerciseSlots = new Map<string, Slot[]>();
  /** Plain files titled by a heading, by folder and heading words: at BOILERPLATE_FILES or more, they show their `retitle`. */
  private readonly headingGroups = new Map<string, Set<Slot>>();
  private readonly ranks = new Map<string, number>();
  private stale: Bucket[] = [];
  /** Buckets in the order `questions()` returns their winners. */
  private winners: Bucket[] = [];
  private questionList: Question[] | undefined;
  private problemList: Problem[] | undefined;
  private readonly skippedFiles = new Map<string, string>();

  constructor(readonly sources: readonly BankSource[]) {}

  /** Notes a file the loader did not read, and why (a README, a licence): not a problem, but never silent. */
  skip(file: string, reason: string): void {
    this.skippedFiles.set(file, reason);
  }

  /** Files the loader did not read, with why, in the order it met them. */
  skipped(): ReadonlyMap<string, string> {
    return this.skippedFiles;
  }

  /** Adds or replaces one file's entry. */
  set(entry: FileEntry): void {
    let slot = this.slots.get(entry.file);
    if (slot) {
      this.unlink(slot);
      slot.entry = entry;
      slot.retitled = undefined;
    } else {
      slot = { entry, position: this.nextPosition++ };
      this.slots.set(entry.file, slot);
    }
    this.link(slot);
    this.problemList = undefined;
  }

  delete(file: string): void {
    const slot = this.slots.get(file);
    if (!slot) return;
    this.slots.delete(file);
    this.unlink(slot);
    this.problemList = undefined;
  }

  *files(): IterableIterator<FileEntry> {
    for (const slot of this.slots.values()) yield slot.entry;
  }

  get size(): number {
    return this.slots.size;
  }

  /** The questions that won their id, in the order of their sources. */
  questions(): Question[] {
    this.refresh();
    this.questionList ??= this.winners.map((bucket) => bucket.question!);
    return this.questionList.slice();
  }

  question(id: string): Question | undefined {
    this.refresh();
    return this.buckets.get(id)?.question;
  }

  exercise(id: string): Exercise | undefined {
    let found: { slot: Slot; rank: number } | undefined;
    for (const slot of this.exerciseSlots.get(id) ?? []) {
      const rank = this.rank(slot.entry.bank);
      if (!found || rank < found.rank || (rank === found.rank && slot.position < found.slot.position)) found = { slot, rank };
    }
    return found?.slot.entry.exercise;
  }

  exercises(): Exercise[] {
    const ids = new Set<string>();
    for (const { entry } of this.slots.values()) if (entry.exercise) ids.add(entry.exercise.id);
    return [...ids].map((id) => this.exercise(id)).filter((exercise): exercise is Exercise => exercise !== undefined);
  }

  /** Every problem: per-file ones, id clashes between files, and exercises that do not exist. */
  problems(): Problem[] {
    if (this.problemList) return this.problemList;
    this.refresh();
    const problems: Problem[] = [];
    for (const { entry } of this.slots.values()) if (entry.problems.length > 0) problems.push(...entry.problems);
    for (const bucket of this.winners) {
      if (bucket.slots.length < 2) continue;
      const [winner, ...losers] = this.ranked(bucket);
      for (const loser of losers) {
        const sameBank = loser.bank === winner.bank;
        problems.push({
          file: loser.file,
          line: loser.line ?? 2,
          column: 1,
          severity: sameBank ? 'error' : 'warning',
          code: 'duplicate-id',
          message: sameBank
            ? `duplicate id "${loser.id}": also used by ${winner.file}`
            : `id "${loser.id}" is also defined in ${winner.file}, which takes precedence; this file is hidden`,
        });
      }
    }
    for (const bucket of this.winners) {
      const question = bucket.question!;
      if (question.exercise && !this.exerciseSlots.has(question.exercise)) {
        problems.push({
          file: question.file,
          line: 2,
          column: 1,
          severity: 'error',
          code: 'missing-exercise',
          message: `exercise "${question.exercise}" does not exist in any loaded bank`,
        });
      }
    }
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    this.problemList = problems;
    return problems;
  }

  private rank(bank: string): number {
    let rank = this.ranks.get(bank);
    if (rank === undefined) {
      const index = this.sources.findIndex((source) => source.path === bank);
      rank = index < 0 ? this.sources.length : index;
      this.ranks.set(bank, rank);
    }
    return rank;
  }

  private link(slot: Slot): void {
    const { exercise, retitle } = slot.entry;
    for (const question of entryQuestions(slot.entry)) {
      let bucket = this.buckets.get(question.id);
      if (!bucket) this.buckets.set(question.id, (bucket = { id: question.id, slots: [], questions: [], stale: false, listed: false, rank: 0, first: 0 }));
      bucket.slots.push(slot);
      bucket.questions.push(question);
      this.markStale(bucket);
    }
    if (retitle && slot.entry.question) {
      const key = headingKey(slot.entry);
      let group = this.headingGroups.get(key);
      if (!group) this.headingGroups.set(key, (group = new Set()));
      group.add(slot);
      // The file that makes a heading boilerplate changes the titles of the files before it.
      if (group.size === BOILERPLATE_FILES) for (const member of group) this.markQuestionStale(member);
    }
    if (exercise) {
      const list = this.exerciseSlots.get(exercise.id);
      if (list) list.push(slot);
      else this.exerciseSlots.set(exercise.id, [slot]);
    }
  }

  private unlink(slot: Slot): void {
    const { exercise, retitle } = slot.entry;
    for (const question of entryQuestions(slot.entry)) {
      const bucket = this.buckets.get(question.id);
      if (!bucket) continue;
      const at = bucket.slots.indexOf(slot);
      if (at >= 0) {
        bucket.slots.splice(at, 1);
        bucket.questions.splice(at, 1);
      }
      if (bucket.slots.length === 0) this.buckets.delete(bucket.id);
      this.markStale(bucket);
    }
    if (retitle && slot.entry.question) {
      const key = headingKey(slot.entry);
      const group = this.headingGroups.get(key);
      if (group?.delete(slot)) {
        if (group.size === 0) this.headingGroups.delete(key);
        // One file fewer and the heading tells its files apart again.
        else if (group.size === BOILERPLATE_FILES - 1) for (const member of group) this.markQuestionStale(member);
      }
    }
    const list = exercise && this.exerciseSlots.get(exercise.id);
    if (list) {
      removeFrom(list, slot);
      if (list.length === 0) this.exerciseSlots.delete(exercise.id);
    }
  }

  /** Marks the id of a plain file's one question for re-ranking (its shown title changed). */
  private markQuestionStale(slot: Slot): void {
    const question = slot.entry.question;
    const bucket = question && this.buckets.get(question.id);
    if (bucket) this.markStale(bucket);
  }

  /** The question as shown: under its `retitle` title when its heading opens many files of its folder. */
  private shown(slot: Slot, question: Question): Question {
    const { retitle } = slot.entry;
    if (!retitle || question !== slot.entry.question || (this.headingGroups.get(headingKey(slot.entry))?.size ?? 0) < BOILERPLATE_FILES) return question;
    slot.retitled ??= { ...question, title: retitle.title, inferred: [...new Set([...(question.inferred ?? []), 'title'])] };
    return slot.retitled;
  }

  private markStale(bucket: Bucket): void {
    if (bucket.stale) return;
    bucket.stale = true;
    this.stale.push(bucket);
  }

  /** An id's questions, winner first: earlier source, then file name, then load order. */
  private ranked(bucket: Bucket): Question[] {
    const ordered = bucket.slots.map((slot, at) => ({ question: this.shown(slot, bucket.questions[at]), position: slot.position }));
    if (ordered.length > 1)
      ordered.sort(
        (a, b) => this.rank(a.question.bank) - this.rank(b.question.bank) || a.question.file.localeCompare(b.question.file) || a.position - b.position,
      );
    return ordered.map(({ question }) => question);
  }

  /** Sets the bucket's winner and what orders it among the others. */
  private crown(bucket: Bucket): void {
    let first = Infinity;
    for (const slot of bucket.slots) first = Math.min(first, slot.position);
    bucket.question = this.ranked(bucket)[0];
    bucket.rank = this.rank(bucket.question.bank);
    bucket.first = first;
  }

  /** Brings `winners` up to date: a full sort after a bulk load, otherwise one ordered insert per changed id. */
  private refresh(): void {
    if (this.stale.length === 0) return;
    const stale = this.stale;
    this.stale = [];
    this.questionList = undefined;
    if (stale.length * FULL_RESORT_RATIO > this.winners.length) {
      for (const bucket of stale) {
        bucket.stale = false;
        bucket.listed = false;
      }
      this.winners = [];
      for (const bucket of this.buckets.values()) {
        this.crown(bucket);
        bucket.listed = true;
        this.winners.push(bucket);
      }
      // Entries arrive in folder order, which is nearly this order, so the sort is close to linear.
      this.winners.sort(compareWinners);
      return;
    }
    for (const bucket of stale) {
      bucket.stale = false;
      if (bucket.listed) {
        this.winners.splice(this.winners.indexOf(bucket), 1);
        bucket.listed = false;
      }
      if (bucket.slots.length === 0) continue;
      this.crown(bucket);
      let low = 0;
      let high = this.winners.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compareWinners(this.winners[middle], bucket) < 0) low = middle + 1;
        else high = middle;
      }
      this.winners.splice(low, 0, bucket);
      bucket.listed = true;
    }
  }
}

function compareWinners(a: Bucket, b: Bucket): number {
  // The questions of one document list in its order.
  return a.rank - b.rank || a.question!.file.localeCompare(b.question!.file) || a.first - b.first || (a.question!.line ?? 0) - (b.question!.line ?? 0);
}

/** Where a plain file's title heading is counted: its folder and the heading's words. */
function headingKey(entry: FileEntry): string {
  return `${path.dirname(entry.file)}\0${entry.retitle!.heading}`;
}

function removeFrom<T>(list: T[], item: T): void {
  const at = list.indexOf(item);
  if (at >= 0) list.splice(at, 1);
}

/**
 * Whether two indexes hold the very same entries in the same order. `loadBank` hands back the cached
 * entry object for a file that has not changed, so after a load from a cache this says whether the
 * check found anything new.
 */
export function sameEntries(a: BankIndex, b: BankIndex): boolean {
  if (a.size !== b.size) return false;
  const theirs = b.files();
  for (const entry of a.files()) if (theirs.next().value !== entry) return false;
  return true;
}
