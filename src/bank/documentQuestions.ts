// The questions of a plain markdown document that holds several: one per unit the splitter found,
// each with the document as its file and the unit's first line. Every field guessed rather than
// read from the document is listed in `inferred`, as for a plain file of one question.
import * as path from 'node:path';
import { namesOnlyRole, unitIds, type DocumentUnit, type SplitResult } from './documents';
import type { Kind, Problem, Question } from './model';
import { folderFacts, guessKind, slugify, wordsFromFolder } from './plainMarkdown';

/** How much of a prompt `guessKind` reads: the words that say what kind a question is come first. */
const KIND_TEXT = 2000;
/** A section of behavioural questions ("Behavioral Questions", "Behavioural round") makes its questions behavioural. */
const BEHAVIORAL_SECTION = /\bbehaviou?ral\b/i;
/** A section of coding questions ("Coding Challenges", "Live coding"). */
const CODING_SECTION = /\bcoding\b/i;
/** Heading prefixes that mark hands-on work: "Challenge 1:", "Exercise 5:", "Coding problem 2:". */
const CODING_PREFIXES = new Set(['challenge', 'exercise', 'coding challenge', 'coding problem']);
/** Prefixes that mark hands-on work only when the question asks for code: "Problem 4: Implement …". */
const MAYBE_CODING_PREFIXES = new Set(['problem', 'task', 'puzzle']);
const ASKS_FOR_CODE = /\b(implement|write (a|an|the) (function|class|method|program|script|query|decorator)|code (a|an|the)\b)/i;
const CODE_FENCE = /^\s{0,3}(`{3,}|~{3,})/m;

/**
 * The kind of a document's question, as the document marks it: a behavioural or coding section,
 * then the words of the question (design, "tell me about a time"), then a coding heading prefix;
 * concept otherwise. The loader and the importer both use it, so an imported question keeps the
 * kind it had when the document was loaded as it is.
 */
export function unitKind(unit: Pick<DocumentUnit, 'title' | 'prompt' | 'answer' | 'topic' | 'prefix'>): Kind {
  const topic = unit.topic && !namesOnlyRole(unit.topic) ? unit.topic : undefined;
  if (topic && BEHAVIORAL_SECTION.test(topic)) return 'behavioral';
  const text = `${unit.title}\n${unit.prompt.slice(0, KIND_TEXT)}`;
  const guessed = guessKind(text);
  if (guessed !== 'concept') return guessed;
  if (topic && CODING_SECTION.test(topic)) return 'coding';
  if (unit.prefix && CODING_PREFIXES.has(unit.prefix)) return 'coding';
  if (unit.prefix && MAYBE_CODING_PREFIXES.has(unit.prefix) && (ASKS_FOR_CODE.test(text) || CODE_FENCE.test(unit.prompt) || CODE_FENCE.test(unit.answer)))
    return 'coding';
  return 'concept';
}

/** What every id of a document's questions starts with: its path in the bank, as a slug. */
export function documentSlug(file: string, bank: string): string {
  return slugify(path.relative(bank, file).replace(/\.md$/i, '')) || 'document';
}

/** The document's questions, in document order, with ids unique within it and stable across edits. */
export function documentQuestions(file: string, bank: string, units: readonly DocumentUnit[], defaultMinutes: number): Question[] {
  const ids = unitIds(documentSlug(file, bank), units as DocumentUnit[]);
  const { role: folderRole, subTopic } = folderFacts(file, bank);
  // Without a section heading, the folder below the role's or the document's own name says what it is about.
  const fallbackTopic = subTopic || wordsFromFolder(path.basename(file).replace(/\.md$/i, '')) || 'General';
  return units.map((unit, at) => {
    // The id is made from the question's words, the kind guessed from them, and the role is the
    // document's or its folder's, never the question's own: all three are guesses.
    const inferred = ['id', 'kind', 'roles'];
    // A heading's own text is a title as the author wrote it; any other title is the question cut short.
    if (unit.layout !== 'heading') inferred.push('title');
    // A section that names only a role ("Questions for ML Engineers") says who, not what: the role has it already.
    const topic = unit.topic && !namesOnlyRole(unit.topic) ? unit.topic : undefined;
    if (!topic) inferred.push('topic');
    if (!unit.difficulty) inferred.push('difficulty');
    if (!unit.minutes) inferred.push('time');
    return {
      id: ids[at],
      title: unit.title,
      roles: [unit.role ?? folderRole ?? 'General'],
      topic: topic ?? fallbackTopic,
      kind: unitKind(unit),
      difficulty: unit.difficulty ?? 'medium',
      time: (unit.minutes ?? defaultMinutes) * 60,
      tags: [],
      evaluation: unit.evaluation,
      file,
      bank,
      inferred,
      line: unit.startLine + 1,
    };
  });
}

const ONE_ONLY = 'one question only: ';
const NO_LAYOUT = 'no layout holds two questions: ';

/** The warning for a plain file that gave no question, saying why (the splitter's reason). */
export function noQuestionProblem(file: string, split: SplitResult): Problem {
  const reason = split.reason ?? 'no question found';
  // Otherwise the splitter saw one question, or a few of different layouts, and the reader of single questions found none it could use.
  const single = 'a file of one question needs a "Question" or "Answer" heading';
  const message = reason.startsWith('no question found')
    ? reason
    : reason.startsWith(ONE_ONLY)
      ? `no question found: only one candidate, ${reason.slice(ONE_ONLY.length)}, and ${single}`
      : reason.startsWith(NO_LAYOUT)
        ? `no question found: no layout holds two questions (${reason.slice(NO_LAYOUT.length)}), and ${single}`
        : `no question found: ${reason}`;
  return { file, line: 1, column: 1, severity: 'warning', code: 'no-question', message: `${message}; the file was skipped` };
}
