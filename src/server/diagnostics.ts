// Diagnostics for one open document: the validator's problems, worded exactly as the CLI prints
// them, plus the checks that need the rest of the bank (duplicate ids, exercises that do not exist).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { BankIndex } from '../bank/bankIndex';
import { isBankFile } from '../bank/bankPaths';
import { parseEntry, type FileEntry } from '../bank/fileEntry';
import type { Problem } from '../bank/model';
import { ID_PATTERN } from '../bank/validate';
import type { FileSummary, Span, WorkspaceIndex } from './workspaceIndex';

export const SOURCE = 'interview-prep';

export function diagnose(document: TextDocument, file: string, index: WorkspaceIndex): Diagnostic[] {
  const bank = index.bankOf(file);
  if (bank && !isBankFile(file, bank)) return [];
  const entry = parseEntry(file, bank ?? path.dirname(file), Buffer.from(document.getText(), 'utf8'));
  const diagnostics = entry.problems.map((problem) => toDiagnostic(problem, document));
  const summary = index.get(file);
  if (summary && index.ready) diagnostics.push(...crossFileDiagnostics(summary, index));
  return diagnostics;
}

/** A problem without an end (a YAML error, a missing section) covers the rest of its line. */
export function toDiagnostic(problem: Problem, document?: TextDocument): Diagnostic {
  const line = problem.line - 1;
  const character = problem.column - 1;
  const end =
    problem.endColumn !== undefined
      ? { line: (problem.endLine ?? problem.line) - 1, character: problem.endColumn - 1 }
      : { line, character: Math.max(character + 1, document ? lineLength(document, line) : 0) };
  return {
    range: { start: { line, character }, end },
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: problem.code,
    message: problem.message,
  };
}

function lineLength(document: TextDocument, line: number): number {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '').length;
}

/**
 * Duplicate ids and missing exercises. The verdict and its wording come from the bank loader's own
 * `BankIndex`, fed only the files that matter here, so precedence between banks stays the same.
 */
export function crossFileDiagnostics(summary: FileSummary, index: WorkspaceIndex): Diagnostic[] {
  const others = summary.id === undefined ? [] : index.withId(summary.id).filter((other) => other.file !== summary.file);
  const exerciseId = referencedExercise(summary);
  if (others.length === 0 && exerciseId === undefined) return [];
  const judge = new BankIndex(index.banks.map((bank) => ({ path: bank, kind: 'setting' as const })));
  for (const file of [summary, ...others]) judge.set(stubEntry(file));
  const exercise = exerciseId === undefined ? undefined : index.exercise(exerciseId);
  if (exercise && exerciseId !== undefined && !judge.exercise(exerciseId)) judge.set({ ...stubEntry(exercise), question: undefined });
  const problems = judge.problems();
  const own = problems.filter((problem) => problem.file === summary.file);
  const diagnostics: Diagnostic[] = [];
  const sorted = others.sort((a, b) => index.rank(a.bank) - index.rank(b.bank) || a.file.localeCompare(b.file));
  for (const problem of own) {
    if (problem.code === 'duplicate-id') {
      diagnostics.push(
        at(
          problem,
          summary.idAt,
          sorted.map((other) => related(other, `id "${summary.id}" is also used here`)),
        ),
      );
    } else if (problem.code === 'missing-exercise') {
      diagnostics.push(at(problem, summary.exerciseAt));
    }
  }
  // The loader reports a same-bank clash on the file that loses only; the author of the winner needs to know too.
  if (!own.some((problem) => problem.code === 'duplicate-id')) {
    for (const problem of problems) {
      if (problem.code !== 'duplicate-id' || problem.severity !== 'error' || problem.file === summary.file) continue;
      const loser = others.find((other) => other.file === problem.file);
      if (!loser) continue;
      const mirrored: Problem = { ...problem, file: summary.file, message: `duplicate id "${summary.id}": also used by ${loser.file}` };
      diagnostics.push(at(mirrored, summary.idAt, [related(loser, `id "${summary.id}" is also used here`)]));
    }
  }
  return diagnostics;
}

/** The exercise a file names, when it is well-formed enough for the loader to check it. */
function referencedExercise(summary: FileSummary): string | undefined {
  if (summary.definesExercise !== undefined) return undefined;
  return summary.exercise !== undefined && ID_PATTERN.test(summary.exercise) ? summary.exercise : undefined;
}

/** Just enough of a loaded entry for `BankIndex` to rank ids and find exercises. */
function stubEntry(summary: FileSummary): FileEntry {
  const { file, bank } = summary;
  const entry: FileEntry = { file, bank, problems: [] };
  if (summary.definesExercise !== undefined) entry.exercise = { id: summary.definesExercise, dir: path.dirname(file), languages: [] };
  entry.question = {
    // A file without an id still needs a unique one to have its exercise checked.
    id: summary.id ?? `\0${file}`,
    exercise: summary.definesExercise ?? referencedExercise(summary),
    title: '',
    roles: [],
    topic: '',
    kind: 'concept',
    difficulty: 'medium',
    time: 60,
    tags: [],
    evaluation: [],
    file,
    bank,
  };
  return entry;
}

function at(problem: Problem, span: Span | undefined, relatedInformation?: DiagnosticRelatedInformation[]): Diagnostic {
  const diagnostic = toDiagnostic(problem);
  if (span) diagnostic.range = spanRange(span);
  if (relatedInformation?.length) diagnostic.relatedInformation = relatedInformation;
  return diagnostic;
}

function related(summary: FileSummary, message: string): DiagnosticRelatedInformation {
  const range = summary.idAt ? spanRange(summary.idAt) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { location: { uri: pathToFileURL(summary.file).href, range }, message };
}

function spanRange(span: Span): Range {
  return { start: { line: span.line, character: span.start }, end: { line: span.line, character: Math.max(span.end, span.start + 1) } };
}
