// A plain markdown document of many questions, through the bank's splitter, as imported items.
import { unitKind } from '../documentQuestions';
import { splitDocument } from '../documents';
import type { ImportResult } from './types';

export function itemsFromDocument(text: string, name: string): ImportResult {
  const split = splitDocument(text);
  if (!split.units.length) return { items: [], skipped: [`${name}: ${split.reason ?? 'no question found'}`] };
  return {
    items: split.units.map((unit) => ({
      title: unit.title,
      prompt: unit.prompt,
      answer: unit.answer,
      topic: unit.topic,
      roles: unit.role ? [unit.role] : [],
      difficulty: unit.difficulty,
      kind: unitKind(unit),
      minutes: unit.minutes,
      tags: [],
      hints: unit.hints,
      evaluation: unit.evaluation,
      followUps: unit.followUps,
      origin: `${name}:${unit.startLine + 1}`,
    })),
    skipped: [],
  };
}
