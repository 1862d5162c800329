// The drill panel's messages, one union per direction, shared by the host and the webview.
// The host checks every message it receives with `isFromWebview` before acting on it.
import type { Verdict } from '../interviewer/grading';
import type { Turn } from '../interviewer/interview';
import { RECALL_GRADES, type RecallGrade } from '../progress/model';
import type { Readiness } from '../progress/stats';
import type { SessionSummary } from './session';
import type { StarFields } from './workStore';

export interface QuestionView {
  id: string;
  title: string;
  roles: string[];
  topic: string;
  kind: string;
  difficulty: string;
  /** Allotted seconds. */
  time: number;
  /** Prompt rendered by the host; the webview sanitizes it before it reaches the DOM. */
  promptHtml: string;
  hintCount: number;
  exercise?: string;
  /** Behavioral questions get Situation, Task, Action, Result fields. */
  star: boolean;
  draft: string;
  starFields?: StarFields;
  notes: string;
}

export interface TimerView {
  durationMs: number;
  remainingMs: number;
  running: boolean;
}

export interface SessionView {
  title: string;
  /** 1-based position of the question on screen. */
  position: number;
  total: number;
  answered: number;
  remainingMs: number;
}

export interface PointView {
  /** The evaluation point, rendered by the host; sanitized by the webview like all bank content. */
  html: string;
  verdict: Verdict;
  /** The model's words: shown as plain text, never as markup. */
  reason: string;
  quote: string;
  /** Whether the quote is really in the answer graded. */
  quoteFound: boolean;
}

/** The interviewer's part of the panel, sent whole whenever it changes. Model text is plain text. */
export interface InterviewView {
  /** A model is present and the feature is on: the ask button shows. */
  available: boolean;
  /** The model that answers, as shown to the user. */
  model?: string;
  busy?: { what: 'grading' | 'followUp'; received: number };
  /** A failure, said in place; `reply` is the model's reply as plain text when it was not a grading. */
  error?: { message: string; reply?: string };
  grading?: { model: string; score: number; band: Readiness; grade: RecallGrade; points: PointView[]; followUp: string; gradedAt: string };
  turns: Turn[];
  pending?: Turn;
}

export type ToWebview =
  | { type: 'question'; question: QuestionView; session?: SessionView }
  | { type: 'timer'; timer: TimerView }
  | { type: 'answer'; html: string; evaluation: string[] }
  | { type: 'hint'; index: number; html: string }
  | { type: 'saved'; what: 'draft' | 'notes' | 'attempt' }
  | { type: 'summary'; title: string; summary: SessionSummary }
  | { type: 'break'; title: string; remainingMs: number; upNext: string }
  | { type: 'interview'; view: InterviewView };

export type TimerAction = 'start' | 'pause' | 'reset';
const TIMER_ACTIONS: readonly string[] = ['start', 'pause', 'reset'] satisfies TimerAction[];
export type SessionAction = 'next' | 'previous' | 'skip' | 'end';
const SESSION_ACTIONS: readonly string[] = ['next', 'previous', 'skip', 'end'] satisfies SessionAction[];

export type FromWebview =
  | { type: 'ready' }
  | { type: 'timer'; action: TimerAction }
  | { type: 'revealAnswer' }
  | { type: 'revealHint'; index: number }
  | { type: 'scaffold' }
  | { type: 'draft'; draft: string; star?: StarFields }
  | { type: 'notes'; notes: string }
  | { type: 'grade'; score: number; grade: RecallGrade; checked: number[] }
  | { type: 'session'; action: SessionAction }
  | { type: 'continueBreak' }
  /** Grade the draft (sent with it, as on screen), or grade it again with the follow-ups answered. */
  | { type: 'askInterviewer'; draft: string; star?: StarFields }
  | { type: 'answerFollowUp'; answer: string }
  /** The follow-up answer typed so far, kept like the draft. */
  | { type: 'followUpDraft'; answer: string }
  | { type: 'cancelInterviewer' }
  /** Sent after a question is drawn, so the host knows (and can measure) when it is on screen. */
  | { type: 'rendered'; id: string };

const MAX_TEXT = 200_000;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

function hasOnlyKeys(candidate: Record<string, unknown>, allowed: string[]): boolean {
  return Object.keys(candidate).every((key) => allowed.includes(key));
}

function isStarOrNothing(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null) return false;
  const star = value as Record<string, unknown>;
  return hasOnlyKeys(star, ['situation', 'task', 'action', 'result']) && ['situation', 'task', 'action', 'result'].every((key) => isText(star[key]));
}

export function isFromWebview(message: unknown): message is FromWebview {
  // Own keys only: a value inherited from a prototype is not part of what was posted.
  if (typeof message !== 'object' || message === null || !Object.hasOwn(message, 'type')) return false;
  const candidate = message as Record<string, unknown>;
  const keys = Object.keys(candidate);
  switch (candidate.type) {
    case 'ready':
    case 'revealAnswer':
    case 'scaffold':
    case 'continueBreak':
    case 'cancelInterviewer':
      return keys.length === 1;
    case 'timer':
      return keys.length === 2 && typeof candidate.action === 'string' && TIMER_ACTIONS.includes(candidate.action);
    case 'session':
      return keys.length === 2 && typeof candidate.action === 'string' && SESSION_ACTIONS.includes(candidate.action);
    case 'revealHint':
      return keys.length === 2 && Number.isInteger(candidate.index) && (candidate.index as number) >= 0 && (candidate.index as number) < 100;
    case 'draft':
    case 'askInterviewer':
      return hasOnlyKeys(candidate, ['type', 'draft', 'star']) && isText(candidate.draft) && isStarOrNothing(candidate.star);
    case 'answerFollowUp':
    case 'followUpDraft':
      return keys.length === 2 && isText(candidate.answer);
    case 'notes':
      return keys.length === 2 && isText(candidate.notes);
    case 'rendered':
      return keys.length === 2 && typeof candidate.id === 'string' && candidate.id.length <= 500;
    case 'grade':
      return (
        keys.length === 4 &&
        Number.isInteger(candidate.score) &&
        (candidate.score as number) >= 0 &&
        (candidate.score as number) <= 10 &&
        typeof candidate.grade === 'string' &&
        (RECALL_GRADES as readonly string[]).includes(candidate.grade) &&
        Array.isArray(candidate.checked) &&
        candidate.checked.length <= 100 &&
        candidate.checked.every((index) => Number.isInteger(index) && index >= 0 && index < 100)
      );
    default:
      return false;
  }
}

export function isToWebview(message: unknown): message is ToWebview {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as Record<string, unknown>;
  switch (candidate.type) {
    case 'question':
      return typeof candidate.question === 'object' && candidate.question !== null;
    case 'timer':
      return typeof candidate.timer === 'object' && candidate.timer !== null;
    case 'answer':
      return typeof candidate.html === 'string' && Array.isArray(candidate.evaluation);
    case 'hint':
      return typeof candidate.html === 'string' && Number.isInteger(candidate.index);
    case 'saved':
      return typeof candidate.what === 'string';
    case 'summary':
      return typeof candidate.summary === 'object' && candidate.summary !== null;
    case 'break':
      return typeof candidate.title === 'string' && typeof candidate.remainingMs === 'number';
    case 'interview':
      return typeof candidate.view === 'object' && candidate.view !== null;
    default:
      return false;
  }
}
