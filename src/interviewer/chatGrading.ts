// Grading one answer typed into the Chat view (a /quiz or /mock question): the same prompt, reply
// checks and score → grade rule as the drill panel, and the attempt recorded with the model's
// suggestion. Every failure is a sentence in the reply; nothing is recorded then.
import type * as vscode from 'vscode';
import { loadDetail } from '../bank/detail';
import type { Question } from '../bank/model';
import { Commands } from '../ids';
import { newAttemptId, type AttemptRecorder } from '../progress/model';
import { escapeMarkdown, gradingMarkdown } from './chatText';
import { gradeForScore } from './grading';
import type { LanguageModels } from './languageModels';
import { buildGradingPrompt, gradingInput } from './prompt';
import { parseGradingReply } from './reply';

export interface ChatAnswer {
  question: Question;
  answer: string;
  /** Time the candidate took to answer (ms); a quick round, which keeps no clock, records the grading's time. */
  durationMs?: number;
  allottedMs: number;
  sessionId?: string;
}

/**
 * The score recorded, or undefined when the answer was not graded (the reply says why). Its button goes
 * into `buttons`, for the caller to write at the end of the reply: the Chat view folds whatever comes
 * before a button followed by more text into a collapsed "steps" line, grading included.
 */
export async function gradeChatAnswer(
  models: LanguageModels,
  attempts: AttemptRecorder,
  given: ChatAnswer,
  stream: vscode.ChatResponseStream,
  token: vscode.CancellationToken,
  buttons: vscode.Command[],
): Promise<number | undefined> {
  const { question, answer } = given;
  const detail = await loadDetail(question);
  const built = buildGradingPrompt(gradingInput(question.title, detail, answer, []));
  if (!built.ok) {
    stream.markdown(escapeMarkdown(built.error));
    return undefined;
  }
  const started = Date.now();
  const reply = await models.ask(built.prompt, token);
  if (!reply.ok) {
    stream.markdown(`${escapeMarkdown(reply.message)} Answer again, or say *skip*.`);
    return undefined;
  }
  const parsed = parseGradingReply(reply.text, detail.evaluation.length);
  if (!parsed.ok) {
    stream.markdown(
      `${escapeMarkdown(reply.model)} answered, but not with a grading: ${escapeMarkdown(parsed.error)} Nothing was recorded. Answer again, or say *skip*.`,
    );
    return undefined;
  }
  const { grading } = parsed;
  await attempts.record({
    id: newAttemptId(),
    kind: 'question',
    questionId: question.id,
    at: new Date().toISOString(),
    durationMs: given.durationMs ?? Date.now() - started,
    allottedMs: given.allottedMs,
    score: grading.score,
    grade: gradeForScore(grading.score),
    outcome: 'completed',
    draft: answer,
    suggestedScore: grading.score,
    suggestedBy: reply.model,
    ...(given.sessionId ? { sessionId: given.sessionId } : {}),
  });
  stream.markdown(
    `${gradingMarkdown(grading, detail.evaluation, reply.model)}\n\nRecorded with the suggested score. To grade yourself instead, open the question in the drill panel.\n\n`,
  );
  buttons.push({ command: Commands.openQuestion, title: 'Open the Graded Question', arguments: [question.id] });
  return grading.score;
}
