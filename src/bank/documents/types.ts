// What the document splitter hands the loader: one unit per question found in a plain markdown file.
import type { Difficulty } from '../model';

export type DocumentLayout = 'heading' | 'bold' | 'qa' | 'numbered' | 'details';

export interface DocumentUnit {
  /** 0-based line of the unit's first line in the document. */
  startLine: number;
  /** 0-based, exclusive. */
  endLine: number;
  layout: DocumentLayout;
  /** The question itself on one line, at most 100 characters (cut at a word boundary with '…'). */
  title: string;
  /** The whole question text (markdown). */
  prompt: string;
  /** Markdown, with labels such as **A:**, Answer: and **Expected Solution**: stripped. */
  answer: string;
  /** The nearest enclosing section heading (never the document's title). */
  topic?: string;
  /** One of KNOWN_ROLES, when the document names it for this part. */
  role?: string;
  difficulty?: Difficulty;
  minutes?: number;
  hints: string[];
  evaluation: string[];
  followUps: string[];
  /** The word of a heading's question prefix, lowercased ("challenge" for "Challenge 1: …"): it may say what kind of question it is. */
  prefix?: string;
  /** Stable identity for ids: the normalised question text, without numbering or marks. */
  key: string;
}

export interface LineRange {
  startLine: number;
  endLine: number;
}

export interface SplitResult {
  units: DocumentUnit[];
  /** The lines outside every unit, as disjoint sorted ranges. */
  preamble: LineRange[];
  /** Why no units were returned, when none were. */
  reason?: string;
}
