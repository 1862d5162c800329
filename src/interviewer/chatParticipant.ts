// @interviewer in the Chat view: `/quiz <topic>` asks a few of the bank's questions one at a time and
// grades each answer given in chat (recorded as an attempt, as in a drill); `/mock` runs a mock
// interview format in chat (chatMockTurns.ts); `/grade` grades the draft open in the drill panel;
// `/explain` explains that question's model answer, streamed. Grading goes through the same prompt,
// reply checks and score → grade rule as the panel, with the model the settings choose. Everything
// from the bank or a model is escaped.
import * as vscode from 'vscode';
import { loadDetail } from '../bank/detail';
import type { Question } from '../bank/model';
import type { DrillPanelController } from '../drill/drillPanel';
import { chooseQuestions } from '../drill/session';
import { ChatParticipants, Commands, InterviewerCommands } from '../ids';
import type { AttemptRecorder, ReviewStatus } from '../progress/model';
import type { BankService } from '../workspaceBanks/bankService';
import { gradeChatAnswer } from './chatGrading';
import { readChatMock, type ChatMock } from './chatMock';
import { continueMock, startMock } from './chatMockTurns';
import { escapeMarkdown, explanationText, findTopic, gradingMarkdown, questionMarkdown, QUIZ_LENGTH, quizzable, readQuiz, type QuizState } from './chatText';
import type { LanguageModels } from './languageModels';
import { buildExplainPrompt, explainInput } from './prompt';

const PARTICIPANT_ID = ChatParticipants.interviewer;

export interface InterviewerDeps {
  banks: BankService;
  drill: DrillPanelController;
  models: LanguageModels;
  attempts: AttemptRecorder;
  statusOf: (question: Question) => ReviewStatus;
  /** The host's clock for mock interviews (ms since the epoch); Date.now unless a test passes its own. */
  now?: () => number;
}

/** What a reply leaves for the next turn: the quiz or mock interview in progress, if any. */
export interface InterviewerResult extends vscode.ChatResult {
  metadata?: { quiz?: QuizState; mock?: ChatMock };
}

export function createInterviewerParticipant(deps: InterviewerDeps, iconPath: vscode.Uri): vscode.ChatParticipant {
  const participant = vscode.chat.createChatParticipant(PARTICIPANT_ID, interviewerHandler(deps));
  participant.iconPath = iconPath;
  return participant;
}

export function interviewerHandler(deps: InterviewerDeps): vscode.ChatRequestHandler {
  return async (request, context, stream, token): Promise<InterviewerResult> => {
    const status = await deps.models.status();
    if (!status.available) {
      stream.markdown(escapeMarkdown(status.reason));
      return {};
    }
    const carried = lastRound(context);
    if (request.command === InterviewerCommands.grade) return { ...(await grade(deps, stream, token)), ...carried };
    if (request.command === InterviewerCommands.explain) return { ...(await explain(deps, request.prompt, stream, token)), ...carried };
    if (request.command === InterviewerCommands.quiz) return startQuiz(deps, request.prompt, stream);
    if (request.command === InterviewerCommands.mock) return startMock(deps, request.prompt, stream);
    const { quiz, mock } = carried.metadata ?? {};
    if (mock) return continueMock(deps, mock, request.prompt, stream, token);
    if (quiz) return answerQuiz(deps, quiz, request.prompt, stream, token);
    stream.markdown(
      'I am the Interview Prep interviewer. Type `/quiz` and a topic for a quick round of questions, `/mock` for a timed mock interview, `/grade` to grade the answer open in the drill panel, or `/explain` to have its model answer explained.',
    );
    return {};
  };
}

/** The quiz or mock interview the last reply left in progress (checked, as it comes back from chat history). */
function lastRound(context: vscode.ChatContext): InterviewerResult {
  const last = [...context.history].reverse().find((turn): turn is vscode.ChatResponseTurn => 'result' in turn && turn.participant === PARTICIPANT_ID);
  if (!last) return {};
  const mock = readChatMock(last.result.metadata);
  if (mock) return { metadata: { mock } };
  const quiz = readQuiz(last.result.metadata);
  return quiz ? { metadata: { quiz } } : {};
}

/** Explains the model answer of the question open in the drill panel, streamed as it arrives. */
async function explain(
  { drill, models }: InterviewerDeps,
  focus: string,
  stream: vscode.ChatResponseStream,
  token: vscode.CancellationToken,
): Promise<InterviewerResult> {
  const current = drill.currentDetail;
  if (!current) {
    stream.markdown('No question is open in the drill panel. Open one, then ask `/explain` again.');
    stream.button({ command: Commands.openQuestion, title: 'Open a Question' });
    return {};
  }
  const built = buildExplainPrompt(explainInput(current.question.title, current.detail, focus));
  if (!built.ok) {
    stream.markdown(escapeMarkdown(built.error));
    return {};
  }
  stream.progress(`Explaining the model answer to "${escapeMarkdown(current.question.title)}"…`);
  let streamed = false;
  const reply = await models.ask(built.prompt, token, (_received, chunk) => {
    if (!streamed) stream.markdown(`**${escapeMarkdown(current.question.title)}**: the model answer, explained.\n\n`);
    streamed = true;
    stream.markdown(explanationText(chunk));
  });
  if (!reply.ok) stream.markdown(`${streamed ? '\n\n' : ''}${escapeMarkdown(reply.message)}`);
  else if (!streamed) stream.markdown(`${escapeMarkdown(reply.model)} sent an empty reply. Ask again, or read the model answer in the drill panel.`);
  else stream.markdown(`\n\n*Explained by ${escapeMarkdown(reply.model)}. It can be wrong: check it against the model answer.*`);
  stream.button({ command: Commands.showDrill, title: 'Show the Drill Panel' });
  return {};
}

async function grade({ drill }: InterviewerDeps, stream: vscode.ChatResponseStream, token: vscode.CancellationToken): Promise<InterviewerResult> {
  const current = drill.currentDetail;
  if (!current) {
    stream.markdown('No question is open in the drill panel. Open one, write your answer, then ask `/grade` again.');
    stream.button({ command: Commands.openQuestion, title: 'Open a Question' });
    return {};
  }
  stream.progress(`Grading your answer to "${escapeMarkdown(current.question.title)}"…`);
  const outcome = await drill.grade(token);
  const state = drill.interviewState;
  if (!outcome || !outcome.ok || !state?.grading) {
    stream.markdown(escapeMarkdown(outcome?.message ?? state?.error?.message ?? 'The drill panel is busy with another request.'));
  } else {
    stream.markdown(
      gradingMarkdown(
        {
          points: state.grading.points.map((point, index) => ({ point: index + 1, verdict: point.verdict, reason: point.reason, quote: point.quote })),
          score: state.grading.score,
          band: state.grading.band,
          followUp: state.grading.followUp,
        },
        current.detail.evaluation,
        state.grading.model,
      ),
    );
    stream.markdown("\n\nThe score is on the drill panel's slider; change it or the grade there before saving.");
  }
  stream.button({ command: Commands.showDrill, title: 'Show the Drill Panel' });
  return {};
}

async function startQuiz({ banks, statusOf }: InterviewerDeps, query: string, stream: vscode.ChatResponseStream): Promise<InterviewerResult> {
  const questions = (await banks.index()).questions();
  const topics = [...new Set(questions.filter((question) => !question.exercise).map((question) => question.topic))].sort();
  const topic = findTopic(topics, query);
  if (!topic) {
    stream.markdown(
      `${query.trim() ? `No topic matches "${escapeMarkdown(query.trim())}". ` : ''}Type \`/quiz\` and one of these topics: ${topics.map(escapeMarkdown).join(', ')}.`,
    );
    return {};
  }
  const pool = quizzable(questions, topic);
  // Due questions first, then new ones, as a drill picks them.
  const chosen = chooseQuestions(pool, QUIZ_LENGTH, statusOf);
  if (chosen.length === 0) {
    stream.markdown(`The topic ${escapeMarkdown(topic)} has no questions to answer in chat.`);
    return {};
  }
  const quiz: QuizState = { topic, questionIds: chosen.map((question) => question.id), index: 0, scores: [] };
  await ask(chosen[0], quiz, stream);
  return { metadata: { quiz } };
}

async function ask(question: Question, quiz: QuizState, stream: vscode.ChatResponseStream): Promise<void> {
  const detail = await loadDetail(question);
  stream.markdown(questionMarkdown(question, detail.prompt, quiz.index + 1, quiz.questionIds.length));
}

async function answerQuiz(
  deps: InterviewerDeps,
  quiz: QuizState,
  answer: string,
  stream: vscode.ChatResponseStream,
  token: vscode.CancellationToken,
): Promise<InterviewerResult> {
  const index = await deps.banks.index();
  const question = index.question(quiz.questionIds[quiz.index]);
  if (!question) {
    stream.markdown('That question is no longer in the bank; the round is over.');
    return {};
  }
  let score: number | null = null;
  const buttons: vscode.Command[] = [];
  if (/^\s*skip\s*$/i.test(answer)) stream.markdown('Skipped.\n\n');
  else {
    const suggested = await gradeChatAnswer(deps.models, deps.attempts, { question, answer, allottedMs: question.time * 1000 }, stream, token, buttons);
    if (suggested === undefined) return { metadata: { quiz } };
    score = suggested;
  }
  const next: QuizState = { ...quiz, index: quiz.index + 1, scores: [...quiz.scores, score] };
  if (next.index < next.questionIds.length) {
    const following = index.question(next.questionIds[next.index]);
    if (following) {
      await ask(following, next, stream);
      for (const button of buttons) stream.button(button);
      return { metadata: { quiz: next } };
    }
  }
  const graded = next.scores.filter((value): value is number => value !== null);
  const average = graded.length ? (graded.reduce((sum, value) => sum + value, 0) / graded.length).toFixed(1) : undefined;
  stream.markdown(
    `\n\n**Round over** (${escapeMarkdown(quiz.topic)}): ${graded.length} of ${next.questionIds.length} answered${average ? `, average ${average}/10` : ''}. Type \`/quiz\` and a topic for another.`,
  );
  for (const button of buttons) stream.button(button);
  return {};
}
