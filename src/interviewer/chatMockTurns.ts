// `/mock` in the Chat view: the shell around chatMock.ts. It picks the format, reads the host's clock
// at each message, grades written answers as /quiz does (recorded as attempts of the mock's session)
// and writes each step as chat markdown, with buttons to open the question in the drill panel or
// scaffold its exercise. The run travels in the reply's metadata to the next message.
import type * as vscode from 'vscode';
import { loadDetail } from '../bank/detail';
import { totalMinutes } from '../bank/mock';
import { Commands } from '../ids';
import type { InterviewerDeps, InterviewerResult } from './chatParticipant';
import { gradeChatAnswer } from './chatGrading';
import {
  answerMock,
  findMock,
  inBreak,
  mockEventMarkdown,
  mockQuestionMarkdown,
  resumeMock,
  startChatMock,
  stopMock,
  waitingQuestion,
  type ChatMock,
  type MockStepResult,
} from './chatMock';
import { escapeMarkdown } from './chatText';

const said = (word: string, text: string): boolean => new RegExp(`^\\s*${word}\\s*[.!]?\\s*$`, 'i').test(text);

export async function startMock(deps: InterviewerDeps, query: string, stream: vscode.ChatResponseStream): Promise<InterviewerResult> {
  const mocks = await deps.banks.mocks();
  if (mocks.length === 0) {
    stream.markdown("No mock interview formats are loaded (they live in a bank's `mocks/` folder).");
    return {};
  }
  const mock = findMock(mocks, query);
  if (!mock) {
    const list = mocks.map((candidate) => `- **${escapeMarkdown(candidate.title)}** (\`/mock ${candidate.id}\`, ${totalMinutes(candidate)} min)`).join('\n');
    stream.markdown(
      `${query.trim() ? `No mock interview matches "${escapeMarkdown(query.trim())}". ` : ''}Type \`/mock\` and one of these formats:\n\n${list}`,
    );
    return {};
  }
  const now = (deps.now ?? Date.now)();
  const started = startChatMock(mock, (await deps.banks.index()).questions(), deps.statusOf, now);
  if ('error' in started) {
    stream.markdown(escapeMarkdown(started.error));
    return {};
  }
  stream.markdown(
    `**Mock interview: ${escapeMarkdown(mock.title)}**, ${totalMinutes(mock)} min in all. I keep the time. Answer each question in your next message; say *skip* to pass one, or *stop* to end.\n\n`,
  );
  return write(deps, started, stream);
}

export async function continueMock(
  deps: InterviewerDeps,
  run: ChatMock,
  text: string,
  stream: vscode.ChatResponseStream,
  token: vscode.CancellationToken,
): Promise<InterviewerResult> {
  const clock = deps.now ?? Date.now;
  const answeredAt = clock();
  if (said('stop', text)) return write(deps, stopMock(run, answeredAt), stream);
  if (inBreak(run)) return write(deps, resumeMock(run, answeredAt), stream);
  const buttons: vscode.Command[] = [];
  const waiting = waitingQuestion(run);
  const question = waiting && (await deps.banks.index()).question(waiting.id);
  if (!waiting || !question) {
    stream.markdown('That question is no longer in the bank; moving on.\n\n');
    return write(deps, answerMock(run, answeredAt, null, true), stream);
  }
  if (said('skip', text)) return write(deps, answerMock(run, answeredAt, null, true), stream);
  // An exercise is solved in the editor, and its tests say how it went: nothing to grade here.
  if (question.exercise) return write(deps, answerMock(run, answeredAt, null), stream);
  const score = await gradeChatAnswer(
    deps.models,
    deps.attempts,
    { question, answer: text, durationMs: answeredAt - run.askedAt, allottedMs: waiting.allottedMs, sessionId: sessionOf(run) },
    stream,
    token,
    buttons,
  );
  // Not graded (no model, an off-schema reply, cancelled): the same question waits, its clock still running.
  if (score === undefined) return { metadata: { mock: run } };
  stream.markdown('\n\n');
  return write(deps, answerMock(run, answeredAt, score, false, clock()), stream, buttons);
}

/** The attempts of one run share a session id, as a drill's do. */
function sessionOf(run: ChatMock): string {
  return `chat-mock-${run.mockId}-${run.startedAt.toString(36)}`;
}

/** Writes a step's events, then the buttons (the grading's first): the Chat view folds text that comes before a button and more text. */
async function write(
  deps: InterviewerDeps,
  step: MockStepResult,
  stream: vscode.ChatResponseStream,
  buttons: vscode.Command[] = [],
): Promise<InterviewerResult> {
  const index = await deps.banks.index();
  for (const event of step.events) {
    if (event.kind !== 'ask') {
      stream.markdown(`${mockEventMarkdown(event)}\n\n`);
      continue;
    }
    const question = index.question(event.questionId);
    if (!question) {
      stream.markdown('The next question is no longer in the bank: say *skip* to move on.\n\n');
      continue;
    }
    const detail = await loadDetail(question);
    stream.markdown(mockQuestionMarkdown(question, detail.prompt, event, question.exercise !== undefined));
    buttons.push({ command: Commands.openQuestion, title: 'Open in the Drill Panel', arguments: [question.id] });
    if (question.exercise) buttons.push({ command: Commands.scaffoldExercise, title: 'Scaffold the Exercise', arguments: [question.id] });
  }
  for (const button of buttons) stream.button(button);
  return step.state ? { metadata: { mock: step.state } } : {};
}
