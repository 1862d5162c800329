// A run's report shown in a TestRun: each case passed, failed, errored or skipped with its duration,
// a failure as a TestMessage with its message, expected and actual values (VS Code offers their
// diff) and its line; a crash before any case as one error on the exercise at the line reported.
// Without a report, the exercise's item gets the exit code's result and the reason.
import * as vscode from 'vscode';
import { countsText, type CaseFailure, type CaseResult, type RunOutcome, type RunReport, type SourcePoint } from './runReport';

export function applyRunResults(
  run: vscode.TestRun,
  exercise: vscode.TestItem,
  itemFor: (result: CaseResult) => vscode.TestItem,
  report: RunReport,
  outcome: RunOutcome,
  exitCode: number | undefined,
): void {
  const said = (text: string): void => run.appendOutput(`${text.replace(/\r?\n/g, '\r\n')}\r\n`, undefined, exercise);
  if (!report.ok) {
    const note = outcome.note ?? `No per-case results: ${report.reason}.`;
    if (outcome.passed === true) run.passed(exercise);
    else if (outcome.passed === false)
      run.failed(exercise, new vscode.TestMessage(`The tests failed (exit code ${exitCode ?? 'unknown'}); read the terminal for which. ${note}`));
    else run.skipped(exercise);
    said(note);
    return;
  }
  for (const result of report.cases) {
    const item = itemFor(result);
    const duration = result.durationMs;
    switch (result.status) {
      case 'passed':
        run.passed(item, duration);
        break;
      case 'skipped':
        run.skipped(item);
        break;
      case 'failed':
        run.failed(item, messagesOf(result, false), duration);
        break;
      case 'errored':
        run.errored(item, messagesOf(result, true), duration);
        break;
    }
  }
  if (report.crashes.length) {
    run.errored(
      exercise,
      report.crashes.map((crash) => {
        const message = new vscode.TestMessage(`${crash.message}\n\n${crash.detail}`);
        if (crash.location) message.location = locationOf(crash.location);
        return message;
      }),
    );
  } else if (outcome.passed === false && outcome.note) {
    // The exit code says the run failed though no case did (or the other way round): say so on the exercise.
    run.errored(exercise, new vscode.TestMessage(outcome.note));
  }
  const crash = report.crashes[0]?.message;
  if (outcome.counts?.total) said(`${exercise.label}: ${countsText(outcome.counts)}${crash ? `; ${crash}` : ''}`);
  else if (crash) said(`${exercise.label}: ${crash}`);
  if (outcome.note) said(outcome.note);
}

function messagesOf(result: CaseResult, errored: boolean): vscode.TestMessage[] {
  const failures = result.failures.length ? result.failures : [{ message: errored ? 'The test raised an error.' : 'The test failed.' } satisfies CaseFailure];
  return failures.map((failure) => {
    const text = errored && failure.detail ? failure.detail : failure.message;
    const message =
      failure.expected !== undefined && failure.actual !== undefined
        ? vscode.TestMessage.diff(text, failure.expected, failure.actual)
        : new vscode.TestMessage(text);
    const location = failure.location ?? result.location;
    if (location) message.location = locationOf(location);
    if (failure.stack?.length) {
      message.stackTrace = failure.stack.map(
        (frame) =>
          new vscode.TestMessageStackFrame(
            `${frame.file.split(/[\\/]/).pop()}:${frame.line + 1}`,
            vscode.Uri.file(frame.file),
            new vscode.Position(frame.line, frame.column ?? 0),
          ),
      );
    }
    return message;
  });
}

function locationOf(point: SourcePoint): vscode.Location {
  return new vscode.Location(vscode.Uri.file(point.file), new vscode.Position(point.line, point.column ?? 0));
}
