// Every command, registered in one loop from one table.
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Problem } from './bank/model';
import type { BankService } from './workspaceBanks/bankService';
import { newQuestion } from './client/newQuestion';
import { exportForAnki, importQuestions } from './client/importCommands';
import type { DrillPanelController } from './drill/drillPanel';
import { pickDrill } from './drill/drillPicker';
import type { DrillStarter } from './drill/drillStarter';
import type { ProgressService } from './progress/progressService';
import type { MockController } from './drill/mockController';
import type { DashboardPanel } from './dashboard/dashboardPanel';
import type { PlanService } from './progress/planService';
import type { ExerciseService } from './exercises/exerciseService';
import type { LanguageModels } from './interviewer/languageModels';
import type { SolutionReview } from './interviewer/solutionReview';
import { Commands, EXTENSION_ID, Walkthroughs, type CommandId } from './ids';
import type { QuestionTreeProvider, TreeNode } from './tree/questionTree';
import { pickFilter, pickGrouping, questionLink, questionOf } from './tree/treeCommands';

export interface Services {
  banks: BankService;
  drill: DrillPanelController;
  starter: DrillStarter;
  exercises: ExerciseService;
  tree: QuestionTreeProvider;
  progress: ProgressService;
  mock: MockController;
  dashboard: DashboardPanel;
  plan: PlanService;
  models: LanguageModels;
  review: SolutionReview;
  output: vscode.OutputChannel;
}

type Handler = (...args: unknown[]) => unknown;

/** Work a person waits for (a long history to write or read): a notification with a spinner while it runs. */
function working<T>(title: string, task: () => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Interview Prep: ${title}` }, task);
}

export function registerCommands(services: Services): vscode.Disposable[] {
  const { banks, drill, starter, exercises, tree, progress, mock, dashboard, plan, models, review, output } = services;
  const table: Record<CommandId, Handler> = {
    [Commands.refreshQuestions]: () => banks.reload(),
    [Commands.openQuestion]: async (arg) => {
      const id = typeof arg === 'string' ? arg : (questionIdOf(arg) ?? (await pickQuestion(banks)));
      if (id) await drill.open(id);
    },
    [Commands.scaffoldExercise]: (arg) => exercises.scaffold(arg),
    [Commands.runExerciseTests]: (arg) => exercises.runTests(arg),
    [Commands.startTimedExercise]: (arg) => exercises.startTimed(arg),
    [Commands.resetExercise]: (arg) => exercises.resetExercise(arg),
    [Commands.reSolveExercise]: (arg) => exercises.reSolve(arg),
    [Commands.showExerciseHint]: () => exercises.showHint(),
    [Commands.openProblem]: async (arg) => {
      const problem = arg as Problem;
      const position = new vscode.Position(Math.max(problem.line - 1, 0), Math.max(problem.column - 1, 0));
      await vscode.window.showTextDocument(vscode.Uri.file(problem.file), { selection: new vscode.Range(position, position) });
    },
    [Commands.showOutput]: () => output.show(),
    [Commands.startDrill]: async () => {
      await progress.attempts();
      const choice = await pickDrill((await banks.index()).questions(), progress.statusOf);
      if (choice) await drill.startSession(choice.title, choice.questionIds, choice.budgetMs);
    },
    [Commands.drillGroup]: async (arg) => {
      const node = arg as TreeNode | undefined;
      if (node?.type !== 'group' && node?.type !== 'topic') return;
      await starter.sample(node.type === 'topic' ? node.topic : node.key, await tree.questionsIn(node));
    },
    [Commands.showDrill]: () => drill.reveal(),
    [Commands.startMock]: () => mock.pickAndStart(),
    [Commands.newQuestion]: () => newQuestion(banks),
    [Commands.importQuestions]: (arg) => importQuestions(banks, output, arg),
    [Commands.exportForAnki]: (arg) => exportForAnki(tree, output, typeof arg === 'string' ? arg : undefined),
    [Commands.showDashboard]: () => dashboard.show(),
    [Commands.planInterview]: () => plan.create(),
    [Commands.todaysPlan]: async () => {
      const todays = await plan.todays();
      if (!todays) {
        const make = 'Plan for an Interview';
        if ((await vscode.window.showInformationMessage('Interview Prep: no study plan yet.', make)) === make) await plan.create();
        return;
      }
      if (todays.mock) {
        const mockButton = 'Start Mock Interview';
        const itemsButton = `Start the ${todays.ids.length} Item(s)`;
        const choice = await vscode.window.showInformationMessage(
          `Interview Prep: today's plan has a full mock interview${todays.ids.length > 0 ? ` and ${todays.ids.length} item(s) to review` : ''}.`,
          mockButton,
          ...(todays.ids.length > 0 ? [itemsButton] : []),
        );
        if (choice === mockButton) await mock.pickAndStart();
        else if (choice === itemsButton) await starter.questions("Today's plan", todays.questions);
        return;
      }
      if (todays.ids.length === 0) {
        void vscode.window.showInformationMessage("Interview Prep: today's plan is done. Well done.");
        return;
      }
      await starter.questions("Today's plan", todays.questions);
    },
    [Commands.stopMock]: () => mock.stop(),
    [Commands.getStarted]: () => vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${Walkthroughs.getStarted}`, false),
    [Commands.reviewDue]: async () => {
      const index = await banks.index();
      const due = (await progress.dueIds()).flatMap((id) => index.question(id) ?? []).slice(0, 20);
      if (due.length === 0) {
        void vscode.window.showInformationMessage('Interview Prep: nothing is due for review. Start a drill to learn something new.');
        return;
      }
      await starter.questions(`Review: ${due.length} due`, due);
    },
    [Commands.resetQuestionProgress]: async (arg) => {
      const question = questionOf(arg);
      if (!question) return;
      const reset = 'Reset Progress';
      const answer = await vscode.window.showWarningMessage(
        `Reset your progress on "${question.title}"?`,
        { modal: true, detail: 'Its review schedule starts over as new. Past attempts stay in your history.' },
        reset,
      );
      if (answer === reset) await progress.resetQuestion(question.id);
    },
    [Commands.resetAllProgress]: async () => {
      const reset = 'Reset All Progress';
      const shared = progress.sharedFolder();
      // Shared through a folder, a reset can only set this machine's attempts aside: the other machines' logs are theirs.
      const detail = shared
        ? `Your history is shared through ${shared.folder}. Only this machine's attempts are moved aside, as a backup, not deleted; the attempts your other machines wrote there stay and still count. To start over everywhere, reset on each machine.`
        : 'Every question starts over as new. Your history file is moved aside as a backup, not deleted.';
      const answer = await vscode.window.showWarningMessage(
        shared ? "Reset this machine's Interview Prep progress?" : 'Reset all your Interview Prep progress?',
        { modal: true, detail },
        reset,
      );
      if (answer !== reset) return;
      const backup = await progress.resetAll();
      const what = shared ? "this machine's progress reset; your other machines' attempts in the shared folder still count" : 'progress reset';
      void vscode.window.showInformationMessage(`Interview Prep: ${what}.${backup ? ` The previous history is kept in ${backup}.` : ''}`);
    },
    [Commands.exportProgress]: async () => {
      const format = await vscode.window.showQuickPick(
        [
          { label: 'JSON', format: 'json' as const },
          { label: 'CSV', format: 'csv' as const, description: 'for spreadsheets' },
        ],
        { ignoreFocusOut: true, title: 'Export practice history as' },
      );
      if (!format) return;
      const target = await vscode.window.showSaveDialog({
        title: 'Export practice history',
        defaultUri: vscode.Uri.file(path.join(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir(), `interview-prep-history.${format.format}`)),
        filters: { [format.label]: [format.format] },
      });
      if (!target) return;
      await working('Exporting practice history…', () => progress.exportTo(target.fsPath, format.format));
      void vscode.window.showInformationMessage(`Interview Prep: history exported to ${target.fsPath}.`);
    },
    [Commands.importProgress]: async () => {
      const [source] =
        (await vscode.window.showOpenDialog({
          title: 'Import practice history',
          canSelectMany: false,
          filters: { 'History (JSON or CSV)': ['json', 'csv'] },
        })) ?? [];
      if (!source) return;
      const result = await working('Importing practice history…', () => progress.importFrom(source.fsPath));
      void vscode.window.showInformationMessage(
        `Interview Prep: imported ${result.added} attempt(s); ${result.duplicates} already present, ${result.rejected} rejected${result.rejected ? ' (see the log)' : ''}.`,
      );
    },
    [Commands.shareProgress]: async () => {
      const current = progress.sharedFolder();
      const [folder] =
        (await vscode.window.showOpenDialog({
          title: 'Share practice history through a folder you sync',
          openLabel: 'Share History Here',
          canSelectFiles: false,
          canSelectFolders: true,
          canSelectMany: false,
          defaultUri: current ? vscode.Uri.file(current.folder) : undefined,
        })) ?? [];
      if (!folder) return;
      const { report, backupFile } = await working('Sharing practice history…', () => progress.shareThrough(folder.fsPath));
      if (report.problem) return; // shareThrough's load has said what is wrong with the folder.
      const others = report.fromOthers ? ` ${report.fromOthers} attempt(s) from your other machines are now in your history too.` : '';
      void vscode.window.showInformationMessage(
        `Interview Prep: practice history shared through ${report.folder}. This machine writes ${path.basename(report.ownLog)} there.${others}${backupFile ? ` A copy of the history as it was is in ${backupFile}.` : ''}`,
      );
    },
    [Commands.chooseLanguageModel]: () => models.choose(),
    [Commands.gradeAnswer]: () => drill.grade(),
    [Commands.reviewSolution]: (arg) => review.review(arg),
    [Commands.groupQuestions]: () => pickGrouping(tree),
    [Commands.filterQuestions]: () => pickFilter(tree, banks),
    [Commands.clearFilter]: () => tree.setFilter({}),
    [Commands.openQuestionFile]: async (arg) => {
      const question = questionOf(arg) ?? (typeof arg === 'string' ? (await banks.index()).question(arg) : undefined);
      if (!question) return;
      // A document of many questions opens at this one's first line, with it at the top of the editor.
      const start = new vscode.Position(Math.max((question.line ?? 1) - 1, 0), 0);
      const editor = await vscode.window.showTextDocument(vscode.Uri.file(question.file), { selection: new vscode.Range(start, start) });
      editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
    },
    [Commands.copyQuestionId]: async (arg) => {
      const question = questionOf(arg);
      if (!question) return;
      await vscode.env.clipboard.writeText(question.id);
      vscode.window.setStatusBarMessage(`Copied question id "${question.id}"`, 3000);
    },
    [Commands.copyQuestionLink]: async (arg) => {
      const question = questionOf(arg);
      if (!question) return;
      await vscode.env.clipboard.writeText(questionLink(question.id));
      vscode.window.setStatusBarMessage(`Copied a link to "${question.title}"`, 3000);
    },
  };
  return Object.entries(table).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}

function questionIdOf(arg: unknown): string | undefined {
  const node = arg as TreeNode | undefined;
  return node?.type === 'question' ? node.question.id : undefined;
}

async function pickQuestion(banks: BankService): Promise<string | undefined> {
  const questions = (await banks.index()).questions();
  const picked = await vscode.window.showQuickPick(
    questions.map((question) => ({
      label: question.title,
      description: `${question.topic} · ${question.difficulty}`,
      detail: question.roles.join(', '),
      id: question.id,
    })),
    { ignoreFocusOut: true, title: 'Open a question', placeHolder: 'Type to search by title, topic or role', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.id;
}
