// "Plan for an Interview": a study plan kept in global state, today's items in the status bar,
// and today's drill built from the plan (adapting when days were missed).
import * as vscode from 'vscode';
import type { Question } from '../bank/model';
import { Disposable } from '../common/disposable';
import type { BankService } from '../workspaceBanks/bankService';
import { Commands, StateKeys } from '../ids';
import type { ProgressService } from './progressService';
import { dateOf, localDay } from './stats';
import { makePlan, replan, todayItems, type Plan } from './studyPlan';

export class PlanService extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('interviewPrep.plan', vscode.StatusBarAlignment.Left, 54));

  constructor(private readonly state: vscode.Memento, private readonly banks: BankService, private readonly progress: ProgressService) {
    super();
    this.item.name = 'Interview Prep study plan';
    this.item.command = Commands.todaysPlan;
    this.register(progress.onDidChange(() => void this.updateStatus()));
    if (this.plan) void this.updateStatus();
  }

  get plan(): Plan | undefined {
    return this.state.get<Plan>(StateKeys.studyPlan);
  }

  async create(): Promise<Plan | undefined> {
    const questions = (await this.banks.index()).questions();
    const roles = [...new Set(questions.flatMap((question) => question.roles))].sort();
    const picked = await vscode.window.showQuickPick(roles.map((role) => ({ label: role })), { ignoreFocusOut: true, title: 'Plan for an interview (1/2): roles', canPickMany: true, placeHolder: 'Which role(s) is the interview for?' });
    if (!picked?.length) return undefined;
    const today = this.today();
    const date = await vscode.window.showInputBox({
      ignoreFocusOut: true,
      title: 'Plan for an interview (2/2): date', prompt: 'Interview date (YYYY-MM-DD)', value: addDaysIso(today, 14),
      validateInput: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) && value > today ? undefined : 'A date after today, as YYYY-MM-DD'),
    });
    if (!date) return undefined;
    const attempts = await this.progress.attempts();
    const plan = makePlan({ roles: picked.map((item) => item.label), interviewDate: date, today, questions, practisedIds: new Set(attempts.map((attempt) => attempt.questionId)), dueIds: await this.progress.dueIds() });
    await this.state.update(StateKeys.studyPlan, plan);
    await this.updateStatus();
    void vscode.window.showInformationMessage(`Interview Prep: a ${plan.days.length}-day plan for ${plan.roles.join(', ')} until ${plan.interviewDate} is ready. Start today's drill from the status bar.`);
    return plan;
  }

  /** Today's unfinished items (missed days are folded into the days that remain first). */
  async todays(): Promise<{ ids: string[]; questions: Question[] } | undefined> {
    let plan = this.plan;
    if (!plan) return undefined;
    const today = this.today();
    const done = await this.doneSince(plan.createdOn);
    const items = todayItems(plan, today, done);
    if (items.missed > 0) {
      plan = replan(plan, today, done, await this.progress.dueIds());
      await this.state.update(StateKeys.studyPlan, plan);
    }
    const fresh = todayItems(plan, today, done);
    const index = await this.banks.index();
    const ids = [...fresh.reviewIds, ...fresh.questionIds, ...fresh.exerciseIds].filter((id) => index.question(id));
    return { ids, questions: ids.map((id) => index.question(id)!) };
  }

  private async doneSince(createdOn: string): Promise<Set<string>> {
    const attempts = await this.progress.attempts();
    return new Set(attempts.filter((attempt) => localIso(Date.parse(attempt.at)) >= createdOn && attempt.outcome !== 'reset').map((attempt) => attempt.questionId));
  }

  private async updateStatus(): Promise<void> {
    const todays = await this.todays();
    if (!todays) {
      this.item.hide();
      return;
    }
    this.item.text = `$(calendar) ${todays.ids.length} today`;
    this.item.tooltip = `Study plan until ${this.plan?.interviewDate}: ${todays.ids.length} item(s) left today. Click to drill them.`;
    this.item.show();
  }

  private today(): string {
    return localIso(Date.now());
  }
}

/** YYYY-MM-DD of a moment in this machine's time zone. */
function localIso(ms: number): string {
  return dateOf(localDay(ms, new Date(ms).getTimezoneOffset()));
}

function addDaysIso(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
