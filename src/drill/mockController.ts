// Runs a mock interview: each section as a timed drill, breaks with their own countdown, and the
// section with its time left in the status bar. State survives a reload (workspace state).
import * as vscode from 'vscode';
import { totalMinutes } from '../bank/mock';
import { formatClock } from '../bank/time';
import { Disposable } from '../common/disposable';
import { StatusClock } from '../common/statusClock';
import type { BankService } from '../workspaceBanks/bankService';
import { Commands, StateKeys } from '../ids';
import type { ProgressService } from '../progress/progressService';
import type { DrillPanelController } from './drillPanel';
import { currentStep, isMockRun, nextStep, planMock, type MockRun } from './mockRun';

export class MockController extends Disposable {
  private run: MockRun | undefined;
  private readonly clock = this.register(new StatusClock('interviewPrep.mock', 'Interview Prep mock interview', 61, Commands.showDrill));

  constructor(
    private readonly state: vscode.Memento,
    private readonly banks: BankService,
    private readonly drill: DrillPanelController,
    private readonly progress: ProgressService,
  ) {
    super();
    this.register(drill.onDidFinishSession(() => void this.advance()));
    this.register(drill.onDidContinueBreak(() => void this.advance()));
    const saved = state.get<MockRun>(StateKeys.mockRun);
    if (isMockRun(saved)) this.setRun(saved);
  }

  get current(): MockRun | undefined {
    return this.run;
  }

  async pickAndStart(): Promise<void> {
    const mocks = await this.banks.mocks();
    if (mocks.length === 0) {
      void vscode.window.showInformationMessage("Interview Prep: no mock interview formats are loaded (they live in a bank's mocks/ folder).");
      return;
    }
    const picked =
      mocks.length === 1
        ? { mock: mocks[0] }
        : await vscode.window.showQuickPick(
            mocks.map((mock) => ({ label: mock.title, description: `${totalMinutes(mock)} min`, detail: mock.description, mock })),
            { ignoreFocusOut: true, title: 'Start a mock interview' },
          );
    if (picked) await this.start(picked.mock.id);
  }

  async start(mockId: string): Promise<void> {
    const mock = (await this.banks.mocks()).find((candidate) => candidate.id === mockId);
    if (!mock) throw new Error(`no mock interview "${mockId}" is loaded`);
    await this.progress.attempts();
    this.setRun(planMock(mock, (await this.banks.index()).questions(), this.progress.statusOf, Date.now()));
    await this.begin();
  }

  async stop(): Promise<void> {
    if (!this.run) {
      void vscode.window.showInformationMessage('Interview Prep: no mock interview is running.');
      return;
    }
    this.setRun(undefined);
    this.drill.cancelSession();
  }

  /** Starts the current step: a drill for a section, a countdown screen for a break. */
  private async begin(): Promise<void> {
    const run = this.run;
    const step = run && currentStep(run);
    if (!run || !step) return;
    if (step.break) this.drill.showBreak(`${run.title}: ${step.title}`, run.stepEndsAt, this.upNext(run));
    else await this.drill.startSession(`${run.title}: ${step.title}`, step.questionIds, step.minutes * 60_000);
  }

  private upNext(run: MockRun): string {
    const next = run.steps[run.stepIndex + 1];
    return next ? `Next: ${next.title} (${next.minutes} min)` : 'Last section done';
  }

  private async advance(): Promise<void> {
    if (!this.run) return;
    const next = nextStep(this.run, Date.now());
    this.setRun(next);
    if (next) await this.begin();
    else void vscode.window.showInformationMessage('Interview Prep: mock interview complete. Review your scores in the drill summaries.');
  }

  private setRun(run: MockRun | undefined): void {
    this.run = run;
    void this.state.update(StateKeys.mockRun, run);
    if (!run) {
      this.clock.stop();
      return;
    }
    this.clock.run(() => {
      const step = currentStep(run);
      if (!step) return undefined;
      const left = run.stepEndsAt - Date.now();
      return {
        text: `$(mortar-board) ${step.title} · ${formatClock(left)} ${left < 0 ? 'over' : 'left'}`,
        tooltip: `${run.title}: section ${run.stepIndex + 1} of ${run.steps.length}${step.break ? ' (break)' : ''}`,
      };
    });
  }
}
