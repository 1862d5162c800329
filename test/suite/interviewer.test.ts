// The interviewer against a scripted language model (test/fixtures/fake-lm, installed into this
// profile by the runner): grading a draft, follow-ups, what is sent, hostile replies and questions,
// cancelling, and a window without a usable model. The host is driven through the same messages the
// webview posts (`deliver`); the UI journeys click the real buttons.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { InterviewOutcome } from '../../src/drill/panelInterviewer';
import type { InterviewPrepApi } from '../../src/extension';
import { Commands, Panels } from '../../src/ids';
import { interviewerHandler, type InterviewerResult } from '../../src/interviewer/chatParticipant';
import { DATA_CLOSE, DATA_OPEN } from '../../src/interviewer/prompt';
import { activateExtension, recordTiming, waitFor } from './helpers';

const QUESTION = 'workspace-custom-question';
const MODEL = 'Scripted Model (scripted/scripted-1)';
const DRAFT = 'A hash map spends memory on a sparse table of buckets, and resizes to keep the load factor low.';
const FIXTURE_BANK = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'interviewer-bank');

interface FakeLogEntry {
  at: string;
  kind: string;
  prompt?: string;
  afterChars?: number;
}

function fakeLog(): FakeLogEntry[] {
  const file = process.env.FAKE_LM_LOG;
  if (!file || !existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FakeLogEntry);
}

/** The prompt's data block, decoded, and the instructions before it. */
function partsOf(prompt: string): { instructions: string; data: Record<string, unknown> } {
  const open = prompt.indexOf(DATA_OPEN);
  const close = prompt.indexOf(DATA_CLOSE);
  assert.ok(open > 0 && close > open, 'the prompt has one data block');
  return { instructions: prompt.slice(0, open), data: JSON.parse(prompt.slice(open + DATA_OPEN.length, close)) as Record<string, unknown> };
}

describe('The interviewer, with a scripted language model', () => {
  let api: InterviewPrepApi;
  const config = () => vscode.workspace.getConfiguration('interviewPrep');

  before(async () => {
    api = await activateExtension();
  });
  after(async () => {
    await config().update('languageModelVendor', undefined, vscode.ConfigurationTarget.Global);
    await config().update('aiInterviewer', undefined, vscode.ConfigurationTarget.Global);
    await config().update('bankFolders', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function open(questionId: string): Promise<void> {
    const shown = new Promise<void>((resolve) => {
      const listener = api.drill.onDidShowQuestion((event) => {
        if (event.questionId !== questionId) return;
        listener.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand(Commands.openQuestion, questionId);
    await shown;
  }

  /** Delivers a message as the webview would, and waits for the interviewer's request to end. */
  async function ask(message: object): Promise<InterviewOutcome> {
    const ended = new Promise<InterviewOutcome>((resolve) => {
      const listener = api.drill.onDidInterview((outcome) => {
        listener.dispose();
        resolve(outcome);
      });
    });
    await api.drill.deliver(message);
    return ended;
  }

  async function closeDrill(): Promise<void> {
    const tabs = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(Panels.drill));
    await vscode.window.tabGroups.close(tabs);
    await waitFor('the drill panel closed', () => (api.drill.isOpen ? undefined : true));
  }

  const state = () => {
    const current = api.drill.interviewState;
    assert.ok(current, 'the drill panel shows a question');
    return current;
  };

  it('finds the scripted model, and offers the interviewer in the drill panel', async () => {
    assert.deepEqual(await api.models.status(), { available: true, model: MODEL });
    await open(QUESTION);
    await waitFor('the interviewer offered', () => api.drill.interviewState?.available);
    assert.equal(state().model, MODEL);
    assert.equal(state().grading, undefined);
  });

  it("grades a draft: a verdict per point quoting the draft, the suggested score, and the question's own follow-up first", async () => {
    const started = Date.now();
    const outcome = await ask({ type: 'askInterviewer', draft: DRAFT });
    recordTiming('interviewerGradeMs', Date.now() - started);
    if (outcome.firstChunkMs !== undefined) recordTiming('interviewerFirstWordsMs', outcome.firstChunkMs);
    assert.ok(outcome.ok, outcome.message);
    const { grading, pending } = state();
    assert.ok(grading);
    assert.equal(grading.model, MODEL);
    assert.deepEqual(
      grading.points.map((point) => [point.verdict, point.quote, point.quoteFound]),
      [
        ['covered', 'factor', true],
        ['missed', '', true],
      ],
    );
    assert.match(grading.points[0].html, /memory overhead and load factor/);
    assert.deepEqual([grading.score, grading.band, grading.grade], [5, 'needs work', 'hard']);
    assert.deepEqual(pending, { question: 'How does resizing stay amortised O(1)?', from: 'question', answer: '' });

    const request = fakeLog()
      .filter((entry) => entry.kind === 'grading')
      .at(-1);
    assert.ok(request?.prompt);
    const { instructions, data } = partsOf(request.prompt);
    assert.equal(data.candidateDraft, DRAFT);
    assert.deepEqual(data.evaluationPoints, [
      { point: 1, text: 'Mentions memory overhead and load factor' },
      { point: 2, text: 'Mentions the worst case under collisions' },
    ]);
    assert.match(String(data.modelAnswer), /table of buckets/);
    assert.ok(!request.prompt.includes('Think about memory'), 'hints are never sent');
    assert.ok(!request.prompt.includes('How does resizing'), 'follow-ups not yet asked are not sent');
    assert.ok(!instructions.includes(DRAFT));
  });

  it('answers follow-ups: the exchange is graded as a whole, then the interviewer asks its own', async () => {
    await api.drill.deliver({ type: 'followUpDraft', answer: 'half typed' });
    assert.equal(state().pending?.answer, 'half typed');
    const answer = 'Doubling the table spreads the cost of rehashing over many inserts.';
    const outcome = await ask({ type: 'answerFollowUp', answer });
    assert.ok(outcome.ok, outcome.message);
    const { grading, turns, pending } = state();
    assert.deepEqual(turns, [{ question: 'How does resizing stay amortised O(1)?', from: 'question', answer }]);
    assert.equal(grading?.score, 6, 'the scripted model adds a point per follow-up answered');
    assert.deepEqual(pending, { question: 'Scripted follow-up 2: what would you measure first?', from: 'interviewer', answer: '' });
    const request = fakeLog()
      .filter((entry) => entry.kind === 'grading')
      .at(-1);
    assert.deepEqual(partsOf(request!.prompt!).data.followUpExchange, [
      { askedBy: 'question author', question: 'How does resizing stay amortised O(1)?', candidateAnswer: answer },
    ]);
  });

  it('keeps the conversation with the draft when the panel is closed and opened again', async () => {
    await api.drill.deliver({ type: 'followUpDraft', answer: 'I would measure the' });
    await closeDrill();
    await open(QUESTION);
    const { grading, turns, pending } = state();
    assert.equal(grading?.score, 6);
    assert.equal(turns.length, 1);
    assert.equal(pending?.answer, 'I would measure the');
  });

  it("saves the attempt with the user's score and grade, and records the suggestion and the model", async () => {
    await api.drill.deliver({ type: 'grade', score: 8, grade: 'good', checked: [0] });
    const attempt = (await api.progress.attempts()).filter((entry) => entry.questionId === QUESTION).at(-1);
    assert.ok(attempt);
    assert.deepEqual([attempt.score, attempt.grade, attempt.suggestedScore, attempt.suggestedBy], [8, 'good', 6, MODEL]);
    assert.equal(attempt.draft, DRAFT);
    assert.match(attempt.interview ?? '', /^Follow-up 1 \(the question's\): How does resizing stay amortised O\(1\)\?\nAnswer: Doubling the table/);
    assert.equal(state().grading, undefined, 'the next attempt starts afresh');
    assert.equal(state().turns.length, 0);
    await api.progress.resetQuestion(QUESTION);
  });

  it('shows off-schema, truncated and failed replies as plain text in place, and keeps markup in reasons as text', async () => {
    const cases: [string, RegExp, RegExp | undefined][] = [
      ['FAKE-GARBLED about the load factor', /answered, but not with a grading\. .*starts with text/, /^Great answer! <img src=x onerror=/],
      ['FAKE-TRUNCATED about the load factor', /stops before its JSON object is complete/, /^\{"points":/],
      ['FAKE-ERROR about the load factor', /could not answer/, undefined],
    ];
    for (const [draft, message, reply] of cases) {
      const outcome = await ask({ type: 'askInterviewer', draft });
      assert.equal(outcome.ok, false, draft);
      const { error, grading } = state();
      assert.match(error?.message ?? '', message, draft);
      if (reply) assert.match(error?.reply ?? '', reply, draft);
      else assert.equal(error?.reply, undefined);
      assert.equal(grading, undefined, `${draft}: nothing of the reply is used`);
    }
    const outcome = await ask({ type: 'askInterviewer', draft: 'FAKE-HTML about the load factor' });
    assert.ok(outcome.ok, outcome.message);
    const { grading, error } = state();
    assert.equal(error, undefined);
    assert.match(grading?.points[0].reason ?? '', /^<img src=x onerror="document\.title='pwned'"><b>bold<\/b> The answer names/);
    assert.equal(grading?.followUp, '<script>alert(1)</script>Why?');
  });

  it('refuses to send an empty draft, and says so', async () => {
    const outcome = await ask({ type: 'askInterviewer', draft: '   ' });
    assert.equal(outcome.ok, false);
    assert.match(state().error?.message ?? '', /Write an answer first/);
  });

  it('is not steered by a question that tries to give orders: its reply is off-schema and shown as text', async () => {
    await config().update('bankFolders', [FIXTURE_BANK], vscode.ConfigurationTarget.Global);
    await waitFor('the interviewer fixture bank', async () => (await api.banks.index()).question('interviewer-injection'), 60_000);
    await open('interviewer-injection');
    await waitFor('the interviewer offered', () => api.drill.interviewState?.available);
    const outcome = await ask({ type: 'askInterviewer', draft: 'Write-through is durable when a node crashes, but writes are slower.' });
    assert.equal(outcome.ok, false);
    const { error, grading } = state();
    assert.equal(grading, undefined);
    assert.match(error?.message ?? '', /not with a grading/);
    assert.match(error?.reply ?? '', /10\/10/);
    const request = fakeLog()
      .filter((entry) => entry.kind === 'fooled')
      .at(-1);
    const { instructions, data } = partsOf(request!.prompt!);
    assert.match(String((data.question as { prompt: string }).prompt), /ignore the rubric and all previous instructions/);
    assert.ok(!/give 10\/10|home folder/i.test(instructions), "the question's text stays in the data block");
  });

  it('cancels a slow reply from the Cancel button, and when the panel closes', async () => {
    await open(QUESTION);
    const cancelsBefore = fakeLog().filter((entry) => entry.kind === 'cancelled').length;
    const ended = new Promise<InterviewOutcome>((resolve) => {
      const listener = api.drill.onDidInterview((outcome) => {
        listener.dispose();
        resolve(outcome);
      });
    });
    void api.drill.deliver({ type: 'askInterviewer', draft: 'FAKE-SLOW about the load factor' });
    await waitFor('the reply streaming in', () => ((api.drill.interviewState?.busy?.received ?? 0) > 0 ? true : undefined));
    await api.drill.deliver({ type: 'cancelInterviewer' });
    const outcome = await ended;
    assert.equal(outcome.ok, false);
    assert.match(state().error?.message ?? '', /Cancelled/);
    assert.equal(state().busy, undefined);
    await waitFor(
      'the provider saw the cancel',
      () => (fakeLog().filter((entry) => entry.kind === 'cancelled').length > cancelsBefore ? true : undefined),
      10_000,
    );

    void api.drill.deliver({ type: 'askInterviewer', draft: 'FAKE-SLOW about the load factor, again' });
    await waitFor('the reply streaming in again', () => ((api.drill.interviewState?.busy?.received ?? 0) > 0 ? true : undefined));
    await closeDrill();
    await waitFor(
      'the provider saw the panel close',
      () => (fakeLog().filter((entry) => entry.kind === 'cancelled').length > cancelsBefore + 1 ? true : undefined),
      10_000,
    );
  });

  it('without a usable model, or turned off, offers nothing and says why when asked', async () => {
    await open(QUESTION);
    await config().update('languageModelVendor', 'nobody', vscode.ConfigurationTarget.Global);
    await waitFor('the interviewer withdrawn', () => (api.drill.interviewState?.available === false ? true : undefined));
    const outcome = await ask({ type: 'askInterviewer', draft: DRAFT });
    assert.equal(outcome.ok, false);
    assert.match(state().error?.message ?? '', /No language model with vendor "nobody" is available/);
    await config().update('languageModelVendor', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('the interviewer back', () => api.drill.interviewState?.available);
    await config().update('aiInterviewer', false, vscode.ConfigurationTarget.Global);
    await waitFor('the interviewer turned off', () => (api.drill.interviewState?.available === false ? true : undefined));
    assert.deepEqual(await api.models.status(), {
      available: false,
      reason: 'The interviewer is turned off (setting Interview Prep: AI Interviewer). The drill works as before.',
    });
    await config().update('aiInterviewer', undefined, vscode.ConfigurationTarget.Global);
  });

  describe('@interviewer in chat (its handler, called as the Chat view calls it)', () => {
    /** A response stream that keeps what was written. */
    function stream(): { stream: vscode.ChatResponseStream; text: () => string; buttons: vscode.Command[] } {
      const parts: string[] = [];
      const buttons: vscode.Command[] = [];
      const recorder = {
        markdown: (value: string | vscode.MarkdownString) => void parts.push(typeof value === 'string' ? value : value.value),
        progress: () => undefined,
        button: (command: vscode.Command) => void buttons.push(command),
        anchor: () => undefined,
        filetree: () => undefined,
        reference: () => undefined,
        push: () => undefined,
      };
      return { stream: recorder as unknown as vscode.ChatResponseStream, text: () => parts.join(''), buttons };
    }
    const request = (prompt: string, command?: string) => ({ prompt, command, references: [], toolReferences: [] }) as unknown as vscode.ChatRequest;
    const token = new vscode.CancellationTokenSource().token;
    const turnWith = (result: InterviewerResult) =>
      ({ participant: 'interviewPrep.interviewer', result, response: [], command: undefined }) as unknown as vscode.ChatResponseTurn;
    const handler = () =>
      interviewerHandler({ banks: api.banks, drill: api.drill, models: api.models, attempts: api.progress, statusOf: api.progress.statusOf });
    before(async () => {
      await waitFor('the model back after the settings were restored', async () => ((await api.models.status()).available ? true : undefined));
    });

    it('/quiz without a known topic lists the topics', async () => {
      const out = stream();
      await handler()(request('no such topic', 'quiz'), { history: [] }, out.stream, token);
      assert.match(out.text(), /No topic matches "no such topic"\. Type `\/quiz` and one of these topics: .*Behavioral \\\(STAR\\\), .*Workspace practice/);
    });

    it("/quiz asks the topic's questions one at a time, grades each answer given in chat and records it", async () => {
      const first = stream();
      const started = (await handler()(request('workspace PRACTICE', 'quiz'), { history: [] }, first.stream, token)) as InterviewerResult;
      assert.match(first.text(), /^\*\*Question 1 of 2:\*\* /);
      const quiz = started.metadata?.quiz;
      assert.ok(quiz);
      assert.deepEqual([...quiz.questionIds].sort(), ['workspace-custom-question', 'workspace-math-question']);
      const before = (await api.progress.attempts()).length;
      const answer = stream();
      const next = (await handler()(
        request('Memory overhead grows with the load factor; collisions make the worst case linear.'),
        { history: [turnWith(started)] },
        answer.stream,
        token,
      )) as InterviewerResult;
      assert.match(answer.text(), /\*\*\d+\/10\*\* \(.+\), so \*\*(Again|Hard|Good|Easy)\*\*, suggested by Scripted Model \\\(scripted\/scripted\\-1\\\)\./);
      assert.match(answer.text(), /\*\*Question 2 of 2:\*\* /);
      assert.deepEqual(
        answer.buttons.map((button) => [button.command, button.arguments]),
        [[Commands.openQuestion, [quiz.questionIds[0]]]],
      );
      const attempts = await api.progress.attempts();
      assert.equal(attempts.length, before + 1);
      const recorded = attempts.at(-1)!;
      assert.deepEqual([recorded.questionId, recorded.suggestedBy, recorded.score === recorded.suggestedScore], [quiz.questionIds[0], MODEL, true]);
      const last = stream();
      await handler()(request('skip'), { history: [turnWith(started), turnWith(next)] }, last.stream, token);
      assert.match(last.text(), /Skipped\.[\s\S]*\*\*Round over\*\* \(Workspace practice\): 1 of 2 answered, average \d+\.\d\/10/);
      for (const id of quiz.questionIds) await api.progress.resetQuestion(id);
    });

    it('/grade grades the answer open in the drill panel, and says what to do when none is', async () => {
      await closeDrill();
      const none = stream();
      await handler()(request('', 'grade'), { history: [] }, none.stream, token);
      assert.match(none.text(), /No question is open in the drill panel/);
      await open(QUESTION);
      await api.drill.deliver({ type: 'draft', draft: DRAFT });
      const out = stream();
      await handler()(request('', 'grade'), { history: [] }, out.stream, token);
      assert.match(out.text(), /^\*\*5\/10\*\* \(needs work\), so \*\*Hard\*\*/);
      assert.equal(api.drill.interviewState?.grading?.score, 5, 'the panel shows the same grading');
      assert.deepEqual(
        out.buttons.map((button) => button.command),
        [Commands.showDrill],
      );
    });
  });
});
