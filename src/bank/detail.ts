// The parts of a question shown in the drill panel, read from its file when it is opened.
import { promises as fs } from 'node:fs';
import { documentSlug } from './documentQuestions';
import { splitDocument, unitIds, type DocumentUnit } from './documents';
import type { Question } from './model';
import { readFrontMatter } from './parse';
import { extractPlain } from './plainMarkdown';
import { findSection, listItems, splitSections } from './sections';

/** What finding a question's detail in its file needs; `line`, `id` and `bank` find one of a document's several. */
export type DetailSource = Pick<Question, 'file' | 'evaluation'> & Partial<Pick<Question, 'id' | 'bank' | 'line'>>;

export interface QuestionDetail {
  prompt: string;
  hints: string[];
  answer: string;
  evaluation: string[];
  followUps: string[];
}

export function detailFromText(question: DetailSource, text: string): QuestionDetail {
  const front = readFrontMatter(question.file, text);
  if (front === undefined) {
    const unit = question.line === undefined ? undefined : documentUnit(question, text);
    if (unit) return { prompt: unit.prompt, hints: unit.hints, answer: unit.answer, evaluation: question.evaluation, followUps: unit.followUps };
    const plain = extractPlain(text);
    return { prompt: plain.prompt ?? '', hints: plain.hints, answer: plain.answer ?? '', evaluation: question.evaluation, followUps: plain.followUps };
  }
  const content = 'problem' in front ? text : front.content;
  const body = splitSections(content);
  const section = (name: string): string => findSection(body, name)?.text ?? '';
  return {
    prompt: body.prompt,
    hints: listItems(section('Hints')),
    answer: section('Answer'),
    evaluation: question.evaluation,
    followUps: listItems(section('Follow-ups')),
  };
}

/**
 * The unit of a document that a question was loaded from: the one with its id (which holds however
 * the file changed since it was loaded), else the one starting at its line.
 */
function documentUnit(question: DetailSource, text: string): DocumentUnit | undefined {
  const { units } = splitDocument(text);
  if (question.id !== undefined && question.bank !== undefined) {
    const at = unitIds(documentSlug(question.file, question.bank), units).indexOf(question.id);
    if (at >= 0) return units[at];
  }
  return units.find((unit) => unit.startLine + 1 === question.line);
}

export async function loadDetail(question: DetailSource): Promise<QuestionDetail> {
  return detailFromText(question, await fs.readFile(question.file, 'utf8'));
}
