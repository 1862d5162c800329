// What an importer hands the writer: one question read from a spreadsheet row, an Anki note or a document.
import type { Difficulty, Kind } from '../model';

export interface ImportedItem {
  /** The question on one line, as shown in the tree. */
  title: string;
  /** The whole question text (markdown). */
  prompt: string;
  /** Markdown; may be empty when the source had none. */
  answer: string;
  topic?: string;
  roles: string[];
  difficulty?: Difficulty;
  /** As the source marks it (a kind column, a kind:: tag, a coding heading); concept when unmarked. */
  kind?: Kind;
  minutes?: number;
  tags: string[];
  hints: string[];
  evaluation: string[];
  followUps: string[];
  /** Where it came from, for the report: "cards.csv:12". */
  origin: string;
}

export interface ImportResult {
  items: ImportedItem[];
  /** Rows or notes that gave no question, each with why: "cards.csv:7: no question text". */
  skipped: string[];
}
