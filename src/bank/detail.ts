// The parts of a question shown in the drill panel, read from its file when it is opened.
import { promises as fs } from 'node:fs';
import type { Question } from './model';
import { readFrontMatter } from './parse';
import { extractPlain } from './plainMarkdown';
import { findSection, listItems, splitSections } from './sections';

export interface QuestionDetail {
  prompt: string;
  hints: string[];
  answer: string;
  evaluation: string[];
  followUps: string[];
}

export function detailFromText(question: Pick<Question, 'file' | 'evaluation'>, text: string): QuestionDetail {
  const front = readFrontMatter(question.file, text);
  if (front === undefined) {
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

export async function loadDetail(question: Pick<Question, 'file' | 'evaluation'>): Promise<QuestionDetail> {
  return detailFromText(question, await fs.readFile(question.file, 'utf8'));
}
