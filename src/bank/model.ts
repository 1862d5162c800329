// The question bank's data model. Pure: shared by the extension, the CLI and the language server.

export const KINDS = ['concept', 'coding', 'system-design', 'behavioral', 'pitch', 'quiz'] as const;
export type Kind = (typeof KINDS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const KNOWN_ROLES = ['AI Engineer', 'ML Engineer', 'AI Researcher', 'Data Scientist', 'AI Architect', 'Software Engineer', 'MLOps Engineer'] as const;

export const LANGUAGES = ['python', 'typescript'] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** The fixed section headings of a question body, in the order they are written. */
export const SECTIONS = ['Hints', 'Answer', 'Evaluation', 'Follow-ups'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** What the index keeps for one question: front matter and file facts, never the rendered body. */
export interface Question {
  id: string;
  title: string;
  roles: string[];
  topic: string;
  kind: Kind;
  difficulty: Difficulty;
  /** Allotted time in seconds. */
  time: number;
  tags: string[];
  /** Id of the exercise a coding question scaffolds. */
  exercise?: string;
  evaluation: string[];
  /** Absolute path of the question file. */
  file: string;
  /** Absolute path of the bank folder the file was loaded from. */
  bank: string;
  /** Fields guessed from a plain markdown file rather than read from front matter. */
  inferred?: string[];
  /** 1-based line where the question starts, for a plain markdown document that holds several. */
  line?: number;
}

export interface Exercise {
  id: string;
  /** Absolute path of the exercise folder (holding exercise.md and one folder per language). */
  dir: string;
  languages: Language[];
}

export type Severity = 'error' | 'warning';

/** A problem found in a bank file. Lines and columns are 1-based, as printed `path:line:col`. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  message: string;
  code?: string;
}

export function formatProblem(problem: Problem, displayPath = problem.file): string {
  return `${displayPath}:${problem.line}:${problem.column} ${problem.severity}: ${problem.message}`;
}
