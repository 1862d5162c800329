// The user's answer to the question on screen: the draft and notes saved as they are typed, and a
// grade recorded as an attempt (what was written, the time its countdown says was used, what the
// interviewer suggested). Then the page is blank again, and the drill, if one runs, moves on.
import type { Question } from '../bank/model';
import { transcript, type InterviewRecord } from '../interviewer/interview';
import { newAttemptId, type Attempt, type AttemptRecorder, type RecallGrade } from '../progress/model';
import { workText } from './answerText';
import type { FromWebview, ToWebview } from './messages';
import type { PanelInterviewer } from './panelInterviewer';
import type { PanelStateMachine } from './panelState';
import type { SessionController } from './sessionController';
import type { WorkStore } from './workStore';

/** The messages from the panel that are the recorder's to handle. */
export type AnswerMessage = Extract<FromWebview, { type: 'draft' | 'notes' | 'grade' }>;

export interface GradedAnswer {
  id: string;
  question: Question;
  now: number;
  usedMs: number;
  score: number;
  grade: RecallGrade;
  hintsUsed: number;
  draft: string;
  sessionId?: string;
  interview?: InterviewRecord;
}

export function questionAttempt(answer: GradedAnswer): Attempt {
  const { question, interview } = answer;
  // A grading the model suggested is recorded as such, with the model; the score and grade are the user's.
  return {
    id: answer.id,
    kind: question.kind === 'pitch' ? 'pitch' : 'question',
    questionId: question.id,
    at: new Date(answer.now).toISOString(),
    durationMs: answer.usedMs,
    allottedMs: question.time * 1000,
    score: answer.score,
    grade: answer.grade,
    hintsUsed: answer.hintsUsed,
    outcome: 'completed',
    ...(answer.draft.trim() ? { draft: answer.draft } : {}),
    ...(answer.sessionId ? { sessionId: answer.sessionId } : {}),
    ...(interview ? { suggestedScore: interview.grading.score, suggestedBy: interview.model } : {}),
    ...(interview && interview.turns.length > 0 ? { interview: transcript(interview.turns) } : {}),
  };
}

export class AnswerRecorder {
  constructor(
    private readonly work: WorkStore,
    private readonly attempts: AttemptRecorder,
    private readonly interviewer: Pick<PanelInterviewer, 'record' | 'stop' | 'clearAfterAttempt' | 'send'>,
    private readonly sessions: Pick<SessionController, 'current' | 'answered'>,
    /** The question on screen: its time used and hints revealed go into the attempt. */
    private readonly screen: Pick<PanelStateMachine, 'shown' | 'usedMs'>,
    private readonly post: (message: ToWebview) => void,
  ) {}

  /** Handles one of the recorder's messages about the question on screen. */
  async receive(message: AnswerMessage): Promise<void> {
    const question = this.screen.shown?.question;
    if (!question) return;
    if (message.type === 'draft') {
      await this.work.update(question.id, { draft: message.draft, ...(message.star ? { star: message.star } : {}) });
      this.post({ type: 'saved', what: 'draft' });
    } else if (message.type === 'notes') {
      await this.work.update(question.id, { notes: message.notes });
      this.post({ type: 'saved', what: 'notes' });
    } else await this.grade(question, message.score, message.grade);
  }

  private async grade(question: Question, score: number, grade: RecallGrade): Promise<void> {
    const now = Date.now();
    const usedMs = this.screen.usedMs(now);
    const draft = workText(await this.work.get(question.id));
    const interview = this.interviewer.record;
    this.interviewer.stop();
    await this.attempts.record(
      questionAttempt({
        id: newAttemptId(),
        question,
        now,
        usedMs,
        score,
        grade,
        hintsUsed: this.screen.shown?.hintsUsed ?? 0,
        draft,
        sessionId: this.sessions.current?.id,
        interview,
      }),
    );
    // The attempt keeps what was written; the next attempt starts from a blank page, notes stay.
    this.interviewer.clearAfterAttempt();
    await this.work.update(question.id, { draft: '', star: undefined, interview: undefined });
    this.interviewer.send();
    this.post({ type: 'saved', what: 'attempt' });
    await this.sessions.answered({ questionId: question.id, score, grade, durationMs: usedMs, allottedMs: question.time * 1000 });
  }
}
