// Exercises in VS Code's Testing view, in the real extension host: the cases of a scaffolded
// exercise listed as test items, a run through the Testing view's profile (and the gutter's
// "run at cursor") giving each case's result read from the run's report, a failure's message with
// expected and actual values at its line, the Problems panel, and a crash before any case.
import * as assert from 'node:assert/strict';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { InterviewPrepApi } from '../../src/extension';
import { activateExtension, recordTiming, waitFor } from './helpers';

type State = 'started' | 'passed' | 'failed' | 'errored' | 'skipped';

interface RecordedRun {
  request: vscode.TestRunRequest;
  /** Each item's last state and the messages it came with, by label. */
  states: Map<string, { state: State; item: vscode.TestItem; messages: vscode.TestMessage[]; duration?: number }>;
  output: string;
  ended: boolean;
}

/** Records what the extension tells VS Code through each TestRun the controller creates. */
function recordRuns(controller: vscode.TestController): { runs: RecordedRun[]; restore(): void } {
  const runs: RecordedRun[] = [];
  const original = controller.createTestRun.bind(controller);
  controller.createTestRun = (request, name, persist) => {
    const run = original(request, name, persist);
    const recorded: RecordedRun = { request, states: new Map(), output: '', ended: false };
    runs.push(recorded);
    const note = (state: State) => (item: vscode.TestItem, messages?: vscode.TestMessage | readonly vscode.TestMessage[], duration?: number) => {
      const list = messages === undefined ? [] : Array.isArray(messages) ? [...messages] : [messages as vscode.TestMessage];
      recorded.states.set(item.label, { state, item, messages: list, duration });
    };
    return new Proxy(run, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function') return value;
        const call = (...args: unknown[]): unknown => (value as (...a: unknown[]) => unknown).apply(target, args);
        return (...args: unknown[]) => {
          if (property === 'started' || property === 'skipped') note(property)(args[0] as vscode.TestItem);
          if (property === 'passed') note('passed')(args[0] as vscode.TestItem, undefined, args[1] as number | undefined);
          if (property === 'failed' || property === 'errored')
            note(property)(args[0] as vscode.TestItem, args[1] as vscode.TestMessage[], args[2] as number | undefined);
          if (property === 'appendOutput') recorded.output += String(args[0]);
          if (property === 'end') recorded.ended = true;
          return call(...args);
        };
      },
    });
  };
  return {
    runs,
    restore: () => {
      controller.createTestRun = original;
    },
  };
}

/** The 0-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split('\n');
  for (let k = after; k < lines.length; k++) if (lines[k].includes(needle)) return k;
  throw new Error(`no line with ${needle}`);
}

function children(item: vscode.TestItem): vscode.TestItem[] {
  return [...item.children].map(([, child]) => child);
}

describe('Exercises in the Testing view', () => {
  let api: InterviewPrepApi;
  let recorder: ReturnType<typeof recordRuns>;
  before(async () => {
    api = await activateExtension();
    recorder = recordRuns(api.exercises.testing.controller);
  });
  after(() => recorder.restore());

  it("lists a TypeScript exercise's cases, runs them from the Testing view and the gutter, and shows each result with its diff", async () => {
    const testing = api.exercises.testing;
    const scaffolded = await api.exercises.scaffold('max-window-sum', 'typescript');
    assert.ok(scaffolded);
    const testFile = path.join(scaffolded.folder, 'solution.test.ts');
    const testText = readFileSync(testFile, 'utf8');
    await testing.refresh(scaffolded.folder);
    const exercise = await waitFor('the exercise in the Testing view', () => testing.itemOf(scaffolded.folder, 'typescript'));
    assert.equal(exercise.label, 'max-window-sum (TypeScript)');
    assert.equal(exercise.description, undefined, 'no description: VS Code would name the row by it alone');
    const expected = [...testText.matchAll(/^test\("([^"]+)"/gm)].map((match) => match[1]);
    assert.equal(expected.length, 10);
    const cases = children(exercise);
    assert.deepEqual(cases.map((item) => item.label).sort(), [...expected].sort());
    for (const item of cases) {
      assert.equal(item.uri?.fsPath, testFile);
      assert.equal(item.range?.start.line, lineOf(testText, `test("${item.label}"`), item.label);
    }

    // A solution that misses the last window: two cases fail, one with expected 20 and actual 11.
    const reference = readFileSync(path.join(api.banks.sources().at(-1)!.path, 'exercises', 'max-window-sum', 'typescript', 'reference.ts'), 'utf8');
    const wrong = reference.replace('i < nums.length; i++', 'i < nums.length - 1; i++');
    assert.notEqual(wrong, reference);
    await fs.writeFile(path.join(scaffolded.folder, 'solution.ts'), wrong);
    const before = recorder.runs.length;
    const started = performance.now();
    await testing.runProfile.runHandler(new vscode.TestRunRequest([exercise]), new vscode.CancellationTokenSource().token);
    recordTiming('Testing view: Run to per-case results, max-window-sum (TypeScript), ms', performance.now() - started);
    const run = recorder.runs[before];
    assert.ok(run?.ended, 'the run ended');
    const failing = 'best window at the end';
    const failingToo = 'all negative';
    for (const label of expected)
      assert.equal(
        run.states.get(label)?.state,
        label === failing || label === failingToo ? 'failed' : 'passed',
        `${label}: ${JSON.stringify(run.states.get(label)?.messages.map((m) => m.message))}`,
      );
    assert.equal(typeof run.states.get('basic')?.duration, 'number', 'a duration per case');
    const [message] = run.states.get(failing)!.messages;
    assert.match(String(message.message), /Expected values to be strictly equal/);
    assert.equal(message.expectedOutput, '20');
    assert.equal(message.actualOutput, '11');
    const assertLine = lineOf(testText, 'assert.equal', lineOf(testText, `test("${failing}"`));
    assert.equal(message.location?.uri.fsPath, testFile);
    assert.equal(message.location?.range.start.line, assertLine, "the failing line, not the test's first line");
    assert.match(run.output, /8\/10 passing/);

    const result = api.exercises.lastResult('max-window-sum');
    assert.equal(result?.passed, false);
    assert.deepEqual(result?.counts, { passed: 8, failed: 2, errored: 0, skipped: 0, total: 10 });
    assert.deepEqual(api.exercises.lastRunSummary('max-window-sum'), { passed: false, counts: '8/10 passing' }, 'what the Questions tree shows');
    const attempts = (await api.progress.attempts()).filter((attempt) => attempt.kind === 'exercise' && attempt.questionId === 'max-window-sum');
    assert.equal(attempts.at(-1)?.outcome, 'failed');
    assert.deepEqual([attempts.at(-1)?.casesPassed, attempts.at(-1)?.casesTotal], [8, 10], 'the attempt log keeps the counts');
    const problems = vscode.languages.getDiagnostics(vscode.Uri.file(testFile)).filter((diagnostic) => diagnostic.source === 'Interview Prep tests');
    const otherLine = lineOf(testText, 'assert.equal', lineOf(testText, `test("${failingToo}"`));
    assert.deepEqual(
      problems.map((problem) => problem.range.start.line).sort((a, b) => a - b),
      [otherLine, assertLine].sort((a, b) => a - b),
    );
    assert.ok(
      problems.some((problem) => problem.message.startsWith('best window at the end: ')),
      problems.map((problem) => problem.message).join('\n'),
    );

    // Fixed, and run from the gutter: only that case runs, and goes green; its problem is gone.
    await fs.writeFile(path.join(scaffolded.folder, 'solution.ts'), reference);
    const failingItem = run.states.get(failing)!.item;
    await vscode.window.showTextDocument(vscode.Uri.file(testFile), {
      selection: new vscode.Range(failingItem.range!.start.line, 2, failingItem.range!.start.line, 2),
    });
    const beforeGutter = recorder.runs.length;
    await vscode.commands.executeCommand('testing.runAtCursor');
    const gutterRun = await waitFor('the run at the cursor to end', () => recorder.runs.slice(beforeGutter).find((candidate) => candidate.ended), 60_000);
    assert.equal(gutterRun.states.get(failing)?.state, 'passed');
    assert.deepEqual(
      [...gutterRun.states.entries()].filter(([, value]) => value.state !== 'started').map(([label]) => label),
      [failing],
      'only the case at the cursor ran',
    );
    const left = vscode.languages.getDiagnostics(vscode.Uri.file(testFile)).filter((diagnostic) => diagnostic.source === 'Interview Prep tests');
    assert.deepEqual(
      left.map((problem) => problem.range.start.line),
      [otherLine],
      "the fixed case's problem is gone; the case not run keeps its own",
    );
    assert.equal(api.exercises.lastResult('max-window-sum')?.counts?.failed, 2, "a run of one case is not the exercise's result");

    // A case typed into the test file appears without a save, and goes when the edit is reverted.
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, testFile);
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), '\ntest("added while typing ✓", () => {});\n'));
    const added = await waitFor('the typed case in the Testing view', () => children(exercise).find((item) => item.label === 'added while typing ✓'));
    assert.equal(added.range?.start.line, editor.document.lineCount - 2);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the typed case gone after the revert', () => (children(exercise).some((item) => item.label === 'added while typing ✓') ? undefined : true));
    assert.equal(children(exercise).length, 10);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows a syntax error before any case as one error on the exercise, at the line Python reported', async () => {
    const testing = api.exercises.testing;
    const scaffolded = await api.exercises.scaffold('pair-sum', 'python');
    assert.ok(scaffolded);
    const solution = path.join(scaffolded.folder, 'solution.py');
    await fs.writeFile(solution, 'from typing import List\n\ndef pair_sum(nums: List[int], target: int):\n    return [(a, b) for a in nums if\n');
    const exercise = await waitFor('the exercise in the Testing view', async () => {
      await testing.refresh(scaffolded.folder);
      return testing.itemOf(scaffolded.folder, 'python');
    });
    const suites = children(exercise);
    assert.deepEqual(
      suites.map((item) => item.label),
      ['TestPairSum'],
    );
    assert.ok(children(suites[0]).some((item) => item.label === 'test_basic'));

    const before = recorder.runs.length;
    // The command's path (as the CodeLens and the tree take): the Testing view shows it too.
    const result = await api.exercises.runTests(scaffolded.folder, 'python');
    assert.equal(result?.passed, false);
    const run = recorder.runs[before];
    assert.ok(run?.ended);
    const states = [...run.states.values()].filter((value) => value.state !== 'started');
    assert.deepEqual(
      states.map((value) => [value.item.label, value.state]),
      [['pair-sum (Python)', 'errored']],
      'one error, on the exercise',
    );
    const [message] = states[0].messages;
    assert.match(String(message.message), /SyntaxError/);
    assert.equal(message.location?.uri.fsPath, solution);
    assert.equal(message.location?.range.start.line, 3);
    const problems = vscode.languages.getDiagnostics(vscode.Uri.file(solution)).filter((diagnostic) => diagnostic.source === 'Interview Prep tests');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 3);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
