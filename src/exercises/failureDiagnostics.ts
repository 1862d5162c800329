// The failing cases of the last runs in the Problems panel, at their failing lines, and a crash at
// the line Python or Node reported. A run of the whole exercise replaces its problems; a run of
// some cases replaces only theirs. Fixing a case and running it again clears its problem.
import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import type { RunReport, SourcePoint } from './runReport';

const CRASH = '\u0000crash';
const MAX_MESSAGE = 300;

interface Problem {
  at: SourcePoint;
  message: string;
}

export class FailureDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('interviewPrep.tests'));
  /** Per exercise (and language), each case key's problems. */
  private readonly problems = new Map<string, Map<string, Problem[]>>();

  update(exercise: string, report: RunReport, whole: boolean, labelOf: (key: string) => string): void {
    const previous = this.problems.get(exercise) ?? new Map<string, Problem[]>();
    if (!report.ok) {
      // Nothing is known per case: a whole run leaves no old problem standing; a partial one leaves them.
      if (whole) this.problems.delete(exercise);
      this.render();
      return;
    }
    const next = whole ? new Map<string, Problem[]>() : previous;
    next.delete(CRASH);
    for (const result of report.cases) {
      const problems: Problem[] = [];
      for (const failure of result.failures) {
        const at = failure.location ?? result.location;
        if (at) problems.push({ at, message: `${labelOf(result.key)}: ${oneLine(failure.message)}` });
      }
      if (problems.length && (result.status === 'failed' || result.status === 'errored')) next.set(result.key, problems);
      else next.delete(result.key);
    }
    const crashes = report.crashes.filter((crash) => crash.location).map((crash) => ({ at: crash.location!, message: oneLine(crash.message) }));
    if (crashes.length) next.set(CRASH, crashes);
    this.problems.set(exercise, next);
    this.render();
  }

  clear(exercise: string): void {
    if (this.problems.delete(exercise)) this.render();
  }

  private render(): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const cases of this.problems.values()) {
      for (const problems of cases.values()) {
        for (const problem of problems) {
          const diagnostic = new vscode.Diagnostic(
            new vscode.Range(problem.at.line, problem.at.column ?? 0, problem.at.line, Number.MAX_SAFE_INTEGER),
            problem.message,
            vscode.DiagnosticSeverity.Error,
          );
          diagnostic.source = 'Interview Prep tests';
          const list = byFile.get(problem.at.file) ?? [];
          list.push(diagnostic);
          byFile.set(problem.at.file, list);
        }
      }
    }
    this.collection.clear();
    for (const [file, diagnostics] of byFile) this.collection.set(vscode.Uri.file(file), diagnostics);
  }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE)}…` : flat;
}
