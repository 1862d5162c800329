// The drill panel's messages, one union per direction, shared by the host and the webview.
// The host checks every message it receives with `isFromWebview` before acting on it.

export interface QuestionView {
  id: string;
  title: string;
  roles: string[];
  topic: string;
  kind: string;
  difficulty: string;
  /** Allotted seconds. */
  time: number;
  /** Prompt rendered by the host with marked; the webview sanitizes it before it reaches the DOM. */
  promptHtml: string;
  hintCount: number;
  exercise?: string;
}

export interface TimerView {
  durationMs: number;
  remainingMs: number;
  running: boolean;
}

export type ToWebview =
  | { type: 'question'; question: QuestionView }
  | { type: 'timer'; timer: TimerView }
  | { type: 'answer'; html: string }
  | { type: 'hint'; index: number; html: string };

export type TimerAction = 'start' | 'pause' | 'reset';
const TIMER_ACTIONS: readonly string[] = ['start', 'pause', 'reset'] satisfies TimerAction[];

export type FromWebview =
  | { type: 'ready' }
  | { type: 'timer'; action: TimerAction }
  | { type: 'revealAnswer' }
  | { type: 'revealHint'; index: number }
  | { type: 'scaffold' };

export function isFromWebview(message: unknown): message is FromWebview {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as Record<string, unknown>;
  const keys = Object.keys(candidate);
  switch (candidate.type) {
    case 'ready':
    case 'revealAnswer':
    case 'scaffold':
      return keys.length === 1;
    case 'timer':
      return keys.length === 2 && typeof candidate.action === 'string' && TIMER_ACTIONS.includes(candidate.action);
    case 'revealHint':
      return keys.length === 2 && Number.isInteger(candidate.index) && (candidate.index as number) >= 0 && (candidate.index as number) < 100;
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
      return typeof candidate.html === 'string';
    case 'hint':
      return typeof candidate.html === 'string' && Number.isInteger(candidate.index);
    default:
      return false;
  }
}
