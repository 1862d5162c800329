// What the progress store records. Pure: shared by the drill panel, exercises, the tree and tests.

export const RECALL_GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type RecallGrade = (typeof RECALL_GRADES)[number];

/**
 * Where a question stands in its review schedule (the scheduler derives it from the attempts):
 * - new: never reviewed (no card, or a card still in state New);
 * - due: reviewed, and its due time has come (card.due <= now), whatever its state;
 * - mastered: not due, in state Review, with stability of at least MASTERED_STABILITY_DAYS;
 * - learning: every other reviewed card (learning or relearning steps, or a young review card).
 */
export const REVIEW_STATUSES = ['new', 'learning', 'due', 'mastered'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const ATTEMPT_KINDS = ['question', 'exercise', 'mock', 'pitch'] as const;
export type AttemptKind = (typeof ATTEMPT_KINDS)[number];

/** `reset` marks the point from which a question's review schedule starts over (history is kept). */
export const OUTCOMES = ['completed', 'skipped', 'passed', 'failed', 'reset'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One practice attempt. Fields beyond the first five depend on the kind. */
export interface Attempt {
  /** Unique id (random), so imports and two windows never double-count. */
  id: string;
  kind: AttemptKind;
  questionId: string;
  /** ISO 8601 time the attempt ended. */
  at: string;
  /** Time used, in ms. */
  durationMs: number;
  allottedMs?: number;
  /** Self-assessment, 0-10. */
  score?: number;
  grade?: RecallGrade;
  hintsUsed?: number;
  outcome?: Outcome;
  /** What the user wrote, kept with the attempt. */
  draft?: string;
  /** Exercises: the language, and ms from scaffold to green. */
  language?: string;
  timeToGreenMs?: number;
  /** Exercises: how many test cases passed of how many ran (not skipped), when the run's report was read. */
  casesPassed?: number;
  casesTotal?: number;
  /** Drill or mock session the attempt belonged to. */
  sessionId?: string;
  /** A language model graded the draft: the 0-10 score it suggested (`score` is what the user saved). */
  suggestedScore?: number;
  /** The model that suggested it, as shown to the user, e.g. "GPT-4o (copilot/gpt-4o)". */
  suggestedBy?: string;
  /** The follow-up questions the interviewer asked and the answers given, as plain text. */
  interview?: string;
  /** Not practice: this record changes the grade of the attempt with this id to its own `grade` (regrade.ts). */
  regrades?: string;
}

/** Where attempts go. The drill panel and the exercise runner write through this one call. */
export interface AttemptRecorder {
  record(attempt: Attempt): Promise<void>;
}

export function newAttemptId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
