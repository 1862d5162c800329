// "Plan for an Interview": a study plan that aims at the interview day, kept in global state; today's
// items in the status bar; today's drill built from the plan. Each new day is planned afresh from
// the history (interviewDayPlan.ts), with the unfinished items of missed days first.
import * as vscode from 'vscode';
import type { Question } from '../bank/model';
import { Disposable } from '../common/disposable';
import { affects, setting } from '../config/config';
import type { BankService } from '../workspaceBanks/bankService';
import { Commands, StateKeys } from '../ids';
import { dayItems, explainDay, explainItem, missedItems, planDates, planForDate, type DatePlan, type DatePlanDay, type DatePlanItem } from './interviewDayPlan';
import { localInterviewMoment } from './interviewRecall';
import type { ProgressService } from './progressService';
import { newest, readShared, writeShared } from './sharedFiles';
import { localIso } from './stats';

/** How many days ahead the plan is laid out; each day is planned afresh when it comes. */
export const LAYOUT_DAYS = 14;

/** What any stored plan has, this version's or an older one's: enough to plan again. */
interface StoredPlan {
  roles: string[];
  interviewDate: string;
  createdOn: string;
  /** When the user made this plan (ISO time): with the history shared, the newest plan of any machine is followed. */
  decidedAt?: string;
}

/** What a machine shares of its plan in the history folder (`plan-<machine>.json`): the user's choice, not the days. */
const SHARED_PLAN = 'plan';
type SharedPlan = Required<Pick<StoredPlan, 'roles' | 'interviewDate' | 'createdOn' | 'decidedAt'>>;
const isSharedPlan = (value: unknown): value is SharedPlan => isStoredPlan(value) && typeof (value as StoredPlan).decidedAt === 'string';

export interface TodaysItem extends DatePlanItem {
  question: Question;
  /** Why it is in today's plan, in one line. */
  line: string;
}

export interface TodaysPlan {
  plan: DatePlan;
  day: DatePlanDay | undefined;
  /** Today's items not done yet, in the plan's order, with their questions. */
  items: TodaysItem[];
  ids: string[];
  questions: Question[];
  /** A full mock interview is planned for today. */
  mock: boolean;
}

const isDay = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function isStoredPlan(value: unknown): value is StoredPlan {
  const plan = value as StoredPlan;
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray(plan.roles) &&
    plan.roles.every((role) => typeof role === 'string') &&
    isDay(plan.interviewDate) &&
    isDay(plan.createdOn)
  );
}

function isDatePlan(value: StoredPlan): value is StoredPlan & DatePlan {
  const plan = value as Partial<DatePlan>;
  return plan.version === 2 && isDay(plan.computedOn) && Array.isArray(plan.days) && typeof plan.dailyItems === 'number';
}

export class PlanService extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('interviewPrep.plan', vscode.StatusBarAlignment.Left, 54));
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  /** Fires when a plan is made or made again (the dashboard redraws). */
  readonly onDidChange = this.changed.event;
  /** Plans are made one at a time: the status bar and a command asking at once share one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly state: vscode.Memento,
    private readonly banks: BankService,
    private readonly progress: ProgressService,
  ) {
    super();
    this.item.name = 'Interview Prep study plan';
    this.item.command = Commands.todaysPlan;
    this.register(progress.onDidChange(() => void this.updateStatus()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, 'dailyPlanItems')) void this.current(true).then(() => this.updateStatus());
      }),
    );
    if (this.stored) void this.updateStatus();
  }

  private get stored(): StoredPlan | undefined {
    const value = this.state.get<unknown>(StateKeys.studyPlan);
    return isStoredPlan(value) ? value : undefined;
  }

  async create(): Promise<DatePlan | undefined> {
    const questions = (await this.banks.index()).questions();
    const roles = [...new Set(questions.flatMap((question) => question.roles))].sort();
    const picked = await vscode.window.showQuickPick(
      roles.map((role) => ({ label: role })),
      { ignoreFocusOut: true, title: 'Plan for an interview (1/2): roles', canPickMany: true, placeHolder: 'Which role(s) is the interview for?' },
    );
    if (!picked?.length) return undefined;
    const today = this.today();
    const date = await vscode.window.showInputBox({
      ignoreFocusOut: true,
      title: 'Plan for an interview (2/2): date',
      prompt: 'Interview date (YYYY-MM-DD)',
      value: addDaysIso(today, 14),
      validateInput: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) && value > today ? undefined : 'A date after today, as YYYY-MM-DD'),
    });
    if (!date) return undefined;
    const plan = await this.planFor(
      picked.map((item) => item.label),
      date,
    );
    const days = planDates(today, date).length;
    void vscode.window.showInformationMessage(
      `Interview Prep: a ${days}-day plan for ${plan.roles.join(', ')} until ${plan.interviewDate} is ready. Start today's drill from the status bar.`,
    );
    return plan;
  }

  /** Makes and keeps a new plan for `roles` until `interviewDate` (what Plan for an Interview does once asked). */
  async planFor(roles: readonly string[], interviewDate: string): Promise<DatePlan> {
    const today = this.today();
    const plan = await this.serially(async () => {
      const decided: SharedPlan = { roles: [...roles], interviewDate, createdOn: today, decidedAt: new Date().toISOString() };
      const made = { ...(await this.make(decided, [], await this.doneSince(today))), decidedAt: decided.decidedAt };
      await this.state.update(StateKeys.studyPlan, made);
      const shared = this.progress.sharedFolder();
      if (shared) await writeShared(shared.folder, SHARED_PLAN, shared.machine, decided).catch(() => false);
      this.changed.fire();
      return made;
    });
    await this.updateStatus();
    return plan;
  }

  /**
   * The plan as of today. A plan made on an earlier day (or by an older version) is planned afresh:
   * the unfinished items of the days before today come first, then what raises recall on the day
   * most. `force` plans today again (the daily load changed), keeping the items carried into it.
   */
  current(force = false): Promise<DatePlan | undefined> {
    return this.serially(async () => {
      const stored = await this.followed();
      if (!stored) return undefined;
      const today = this.today();
      if (!force && isDatePlan(stored) && stored.computedOn === today) return stored;
      let carried: { id: string; from: string }[] = [];
      let usedToday = 0;
      const doneToday = await this.doneSince(today);
      if (isDatePlan(stored)) {
        carried = missedItems(stored, today, await this.doneSince(stored.computedOn));
        if (stored.computedOn === today) {
          // Today planned again: what it carried stays, and what it had done counts in the load.
          carried.push(...dayItems(stored, today, doneToday).flatMap((item) => (item.carriedFrom ? [{ id: item.id, from: item.carriedFrom }] : [])));
          usedToday = (stored.days.find((day) => day.date === today)?.items ?? []).filter((item) => doneToday.has(item.id)).length;
        }
      }
      const plan = { ...(await this.make(stored, carried, doneToday, usedToday)), ...(stored.decidedAt ? { decidedAt: stored.decidedAt } : {}) };
      await this.state.update(StateKeys.studyPlan, plan);
      this.changed.fire();
      return plan;
    });
  }

  /**
   * The plan to follow: this machine's, or, with the history shared, a plan another machine made
   * later (it is planned afresh here, from the shared history).
   */
  private async followed(): Promise<StoredPlan | undefined> {
    const stored = this.stored;
    const shared = this.progress.sharedFolder();
    if (!shared) return stored;
    const copies = await readShared(shared.folder, SHARED_PLAN, isSharedPlan);
    const latest = newest(
      copies.map((copy) => copy.value),
      (plan) => plan.decidedAt,
    );
    // A plan from before sharing (or before plans were shared) counts as decided at the start of its day.
    const own: SharedPlan | undefined = stored && {
      roles: stored.roles,
      interviewDate: stored.interviewDate,
      createdOn: stored.createdOn,
      decidedAt: stored.decidedAt ?? `${stored.createdOn}T00:00:00.000Z`,
    };
    if (latest && (!own || latest.decidedAt > own.decidedAt)) {
      const { roles, interviewDate, createdOn, decidedAt } = latest;
      return { roles, interviewDate, createdOn, decidedAt };
    }
    // This machine's plan is the newest: its copy goes to the folder if it is not there yet.
    if (own && !copies.some((copy) => copy.machine === shared.machine && copy.value.decidedAt === own.decidedAt)) {
      await writeShared(shared.folder, SHARED_PLAN, shared.machine, own).catch(() => false);
    }
    return stored;
  }

  /** Today's unfinished items, each with the line that explains it. */
  async todays(): Promise<TodaysPlan | undefined> {
    const plan = await this.current();
    if (!plan) return undefined;
    const today = this.today();
    const done = await this.doneSince(today);
    const index = await this.banks.index();
    const items = dayItems(plan, today, done).flatMap((item): TodaysItem[] => {
      const question = index.question(item.id);
      return question ? [{ ...item, question, line: explainItem(item) }] : [];
    });
    const day = plan.days.find((candidate) => candidate.date === today);
    return { plan, day, items, ids: items.map((item) => item.id), questions: items.map((item) => item.question), mock: day?.mock ?? false };
  }

  private async make(stored: StoredPlan, carried: readonly { id: string; from: string }[], doneToday: ReadonlySet<string>, usedToday = 0): Promise<DatePlan> {
    const [index, cards, mocks] = await Promise.all([this.banks.index(), this.progress.cardsNow(), this.banks.mocks()]);
    const today = this.today();
    return planForDate({
      questions: index.questions(),
      roles: stored.roles,
      cards,
      now: new Date(),
      today,
      interviewDate: stored.interviewDate,
      at: localInterviewMoment(stored.interviewDate),
      dailyItems: setting('dailyPlanItems'),
      createdOn: stored.createdOn,
      mocks: mocks.length > 0,
      carried,
      doneToday,
      usedToday,
      horizon: LAYOUT_DAYS,
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Questions attempted since the start of local day `day`. */
  private async doneSince(day: string): Promise<Set<string>> {
    const attempts = await this.progress.practice();
    return new Set(attempts.filter((attempt) => localIso(Date.parse(attempt.at)) >= day && attempt.outcome !== 'reset').map((attempt) => attempt.questionId));
  }

  private async updateStatus(): Promise<void> {
    let todays: TodaysPlan | undefined;
    try {
      todays = await this.todays();
    } catch (error) {
      console.warn(`Interview Prep: could not plan today: ${String(error)}`);
    }
    // After the interview the plan has nothing left to aim at (the dashboard offers a new one).
    if (!todays || todays.plan.interviewDate < this.today()) {
      this.item.hide();
      return;
    }
    this.item.text = `$(calendar) ${todays.ids.length} today${todays.mock ? ' + mock' : ''}`;
    const shown = todays.items.slice(0, 8).map((item) => `• ${item.question.title}: ${item.line}`);
    const more = todays.items.length > shown.length ? [`… and ${todays.items.length - shown.length} more`] : [];
    const summary = todays.day ? explainDay(todays.day) : `${this.today()}: nothing planned`;
    this.item.tooltip = [`Study plan until ${todays.plan.interviewDate}. ${summary}.`, ...shown, ...more, 'Click to drill them.'].join('\n');
    this.item.show();
  }

  private today(): string {
    return localIso(Date.now());
  }
}

function addDaysIso(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
