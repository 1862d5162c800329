// The AI interviewer's part of the drill panel: asks the model to grade the draft on screen, keeps the
// grading and its follow-up conversation (saved with the user's work), and draws them in the panel.
// The panel tells it when a question is shown or left; it never changes the question or the timer.
import * as vscode from 'vscode';
import type { QuestionDetail } from '../bank/detail';
import type { Question } from '../bank/model';
import { Disposable } from '../common/disposable';
import { gradeForScore, quoteInDraft } from '../interviewer/grading';
import { nextFollowUp, type InterviewRecord, type Turn } from '../interviewer/interview';
import type { LanguageModels, ModelStatus } from '../interviewer/languageModels';
import { buildGradingPrompt, gradingInput } from '../interviewer/prompt';
import { parseGradingReply } from '../interviewer/reply';
import { gradedText, starText, workText } from './answerText';
import type { FromWebview, InterviewView, ToWebview } from './messages';
import { renderInline } from './render';
import type { QuestionWork, StarFields, WorkStore } from './workStore';

/** How a grading went, for tests and the benchmark notes. */
export interface InterviewOutcome {
  questionId: string;
  ok: boolean;
  message?: string;
  firstChunkMs?: number;
  totalMs?: number;
}

/** What the interviewer needs from the panel it is part of. */
export interface InterviewerHost {
  /** The question on screen and its detail, as the panel holds them now. */
  question(): Question | undefined;
  detail(): QuestionDetail | undefined;
  /** True once a question has been drawn; before that nothing is posted. */
  isShowingQuestion(): boolean;
  post(message: ToWebview): void;
}

/** The messages from the panel that are the interviewer's to handle. */
export type InterviewerMessage = Extract<FromWebview, { type: 'askInterviewer' | 'answerFollowUp' | 'followUpDraft' | 'cancelInterviewer' }>;

/** A request to the model in flight, for the question on screen. */
interface Asking {
  source: vscode.CancellationTokenSource;
  what: 'grading' | 'followUp';
  received: number;
}

/** The model's reply, as plain text, when it was not a grading: at most this much is shown. */
const SHOWN_REPLY_CHARS = 4000;
/** Progress while a reply streams in is drawn at most this often. */
const PROGRESS_EVERY_MS = 150;

export class PanelInterviewer extends Disposable {
  private interview: InterviewRecord | undefined;
  /** The text the grading on screen was given (draft and follow-up answers), to check its quotes. */
  private gradedText = '';
  private asking: Asking | undefined;
  private error: InterviewView['error'];
  private modelStatus: ModelStatus | undefined;
  private progressPostedAt = 0;
  private readonly interviewed = this.register(new vscode.EventEmitter<InterviewOutcome>());
  /** Fires when a request to the interviewer ends, well or not. */
  readonly onDidInterview = this.interviewed.event;

  constructor(
    private readonly work: WorkStore,
    private readonly models: LanguageModels,
    private readonly host: InterviewerHost,
  ) {
    super();
    this.register(
      models.onDidChangeStatus((status) => {
        this.modelStatus = status;
        this.send();
      }),
    );
  }

  /** The grading and conversation kept for the question on screen. */
  get record(): InterviewRecord | undefined {
    return this.interview;
  }

  /** A question is being loaded: whatever was asked or shown for the last one goes. */
  leaveQuestion(): void {
    this.stop();
    this.interview = undefined;
    this.error = undefined;
  }

  /** Takes up the conversation saved with the question's work (one about another version of the question is dropped). */
  restore(work: QuestionWork, detail: QuestionDetail): void {
    this.interview = work.interview?.grading.points.length === detail.evaluation.length ? work.interview : undefined;
    this.gradedText = gradedText(workText(work), this.interview?.turns ?? []);
    if (!this.modelStatus) {
      // Looked up without holding up the question: the interviewer's controls appear when it answers.
      void this.models.status().then((status) => {
        this.modelStatus = status;
        this.send();
      });
    }
  }

  /** An attempt was saved with this conversation: the next attempt starts without one. */
  clearAfterAttempt(): void {
    this.interview = undefined;
    this.error = undefined;
  }

  /** Cancels the request in flight, if any; its answer is then dropped. */
  stop(): void {
    this.asking?.source.cancel();
    this.asking = undefined;
  }

  /** Handles one of the interviewer's messages from the panel. */
  async receive(message: InterviewerMessage): Promise<void> {
    const question = this.host.question();
    switch (message.type) {
      case 'askInterviewer':
        if (question) await this.askFromPanel(question, message.draft, message.star);
        return;
      case 'answerFollowUp':
        await this.answerFollowUp(message.answer);
        return;
      case 'followUpDraft':
        await this.saveFollowUpDraft(message.answer);
        return;
      case 'cancelInterviewer':
        this.cancel();
        return;
    }
  }

  /** The panel's button: saves the draft sent with it, then grades it. */
  async askFromPanel(question: Question, draft: string, star: StarFields | undefined): Promise<void> {
    if (this.asking) return;
    await this.work.update(question.id, { draft, ...(star ? { star } : {}) });
    await this.ask(question, star ? starText(star, draft) : draft, this.interview?.turns ?? [], 'grading');
  }

  /**
   * Grades the draft on screen (with the follow-ups answered, if any), as the panel's button does; the
   * result shows in the panel. Undefined when no question is open or a request is already running.
   */
  async grade(token?: vscode.CancellationToken): Promise<InterviewOutcome | undefined> {
    const question = this.host.question();
    if (!question || this.asking) return undefined;
    const work = await this.work.get(question.id);
    const cancel = token?.onCancellationRequested(() => this.asking?.source.cancel());
    try {
      return await this.ask(question, workText(work), this.interview?.turns ?? [], 'grading');
    } finally {
      cancel?.dispose();
    }
  }

  /** Answers the follow-up on screen; the interviewer then grades the whole exchange. */
  async answerFollowUp(answer: string): Promise<void> {
    const question = this.host.question();
    const interview = this.interview;
    if (!question || !interview?.pending || this.asking || answer.trim() === '') return;
    const turns = [...interview.turns, { ...interview.pending, answer }];
    this.interview = { model: interview.model, grading: interview.grading, gradedAt: interview.gradedAt, turns };
    await this.work.update(question.id, { interview: this.interview });
    const work = await this.work.get(question.id);
    await this.ask(question, workText(work), turns, 'followUp');
  }

  /** Keeps the follow-up answer being written, so a reload does not lose it. */
  async saveFollowUpDraft(answer: string): Promise<void> {
    const question = this.host.question();
    if (!question || !this.interview?.pending) return;
    this.interview = { ...this.interview, pending: { ...this.interview.pending, answer } };
    await this.work.update(question.id, { interview: this.interview });
  }

  cancel(): void {
    this.asking?.source.cancel();
  }

  private async ask(question: Question, draft: string, turns: Turn[], what: Asking['what']): Promise<InterviewOutcome | undefined> {
    const detail = this.host.detail();
    if (!detail) return undefined;
    const ended = (outcome: InterviewOutcome): InterviewOutcome => {
      this.interviewed.fire(outcome);
      return outcome;
    };
    const built = buildGradingPrompt(gradingInput(question.title, detail, draft, turns));
    if (!built.ok) {
      this.error = { message: built.error };
      this.send();
      return ended({ questionId: question.id, ok: false, message: built.error });
    }
    const asking: Asking = { source: new vscode.CancellationTokenSource(), what, received: 0 };
    this.asking = asking;
    this.error = undefined;
    this.send();
    const answer = await this.models.ask(built.prompt, asking.source.token, (received) => {
      asking.received = received;
      if (Date.now() - this.progressPostedAt >= PROGRESS_EVERY_MS) this.send();
    });
    asking.source.dispose();
    // Another question, or a closed panel, stopped this request: its answer goes nowhere.
    if (this.asking !== asking) return { questionId: question.id, ok: false, message: 'Stopped: the panel moved on or closed.' };
    this.asking = undefined;
    if (!answer.ok) {
      this.error = { message: answer.message };
      this.send();
      return ended({ questionId: question.id, ok: false, message: answer.message });
    }
    const parsed = parseGradingReply(answer.text, detail.evaluation.length);
    if (!parsed.ok) {
      const message = `${answer.model} answered, but not with a grading. ${parsed.error} Its reply is below, as plain text; nothing of it was used. Grade yourself, or ask again.`;
      this.error = { message, reply: answer.text.slice(0, SHOWN_REPLY_CHARS) };
      this.send();
      return ended({ questionId: question.id, ok: false, message, firstChunkMs: answer.firstChunkMs, totalMs: answer.totalMs });
    }
    const record: InterviewRecord = { model: answer.model, grading: parsed.grading, gradedAt: new Date().toISOString(), turns };
    const pending = nextFollowUp(record, detail.followUps);
    this.interview = pending ? { ...record, pending } : record;
    this.gradedText = gradedText(draft, turns);
    await this.work.update(question.id, { interview: this.interview });
    this.send();
    return ended({ questionId: question.id, ok: true, firstChunkMs: answer.firstChunkMs, totalMs: answer.totalMs });
  }

  /** The interviewer's part of the panel as it is drawn now. */
  view(): InterviewView {
    const status = this.modelStatus;
    const record = this.interview;
    const evaluation = this.host.detail()?.evaluation ?? [];
    const grading = record && {
      model: record.model,
      score: record.grading.score,
      band: record.grading.band,
      grade: gradeForScore(record.grading.score),
      followUp: record.grading.followUp,
      gradedAt: record.gradedAt,
      points: record.grading.points.map((point) => ({
        html: renderInline(evaluation[point.point - 1] ?? ''),
        verdict: point.verdict,
        reason: point.reason,
        quote: point.quote,
        quoteFound: point.quote === '' || quoteInDraft(point.quote, this.gradedText),
      })),
    };
    return {
      available: status?.available === true,
      ...(status?.available ? { model: status.model } : {}),
      ...(this.asking ? { busy: { what: this.asking.what, received: this.asking.received } } : {}),
      ...(this.error ? { error: this.error } : {}),
      ...(grading ? { grading } : {}),
      turns: record?.turns ?? [],
      ...(record?.pending ? { pending: record.pending } : {}),
    };
  }

  send(): void {
    if (!this.host.isShowingQuestion()) return;
    this.progressPostedAt = Date.now();
    this.host.post({ type: 'interview', view: this.view() });
  }
}
