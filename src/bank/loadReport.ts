// What a load found, file by file, for `validate` and the extension's log: the documents that gave
// several questions and how many each, the files that gave none (their warnings say why), and the
// files the walk did not read. Pure: the caller prints the lines.
import type { BankIndex } from './bankIndex';

export interface LoadSummary {
  /** Files read (the index's entries). */
  files: number;
  /** Files that gave exactly one question. */
  single: number;
  /** Plain documents that gave several questions, and how many in all. */
  documents: number;
  documentQuestions: number;
  /** Plain files that gave none (each has a `no-question` warning). */
  empty: number;
  /** Files the walk did not read (READMEs, licences, text files). */
  skipped: number;
}

export function loadSummary(index: BankIndex): LoadSummary {
  const summary: LoadSummary = { files: index.size, single: 0, documents: 0, documentQuestions: 0, empty: 0, skipped: index.skipped().size };
  for (const entry of index.files()) {
    if (entry.questions) {
      summary.documents++;
      summary.documentQuestions += entry.questions.length;
    } else if (entry.question) summary.single++;
    else if (entry.problems.some((problem) => problem.code === 'no-question')) summary.empty++;
  }
  return summary;
}

/**
 * The report's lines: one per document of several questions ("notes.md: 24 questions"), one per
 * file not read, and a last line of totals. `display` turns a path into what the reader sees.
 */
export function loadReport(index: BankIndex, display: (file: string) => string = (file) => file): string[] {
  const lines: string[] = [];
  for (const entry of index.files()) if (entry.questions) lines.push(`${display(entry.file)}: ${entry.questions.length} questions`);
  for (const [file, reason] of index.skipped()) lines.push(`${display(file)}: ${reason}`);
  const summary = loadSummary(index);
  const parts = [`${count(summary.single, 'file')} with one question`];
  if (summary.documents > 0) parts.push(`${count(summary.documents, 'document')} with ${count(summary.documentQuestions, 'question')}`);
  if (summary.empty > 0) parts.push(`${count(summary.empty, 'file')} with none (see the warnings)`);
  if (summary.skipped > 0) parts.push(`${count(summary.skipped, 'file')} not read`);
  lines.push(`Questions per file: ${parts.join(', ')}.`);
  return lines;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
