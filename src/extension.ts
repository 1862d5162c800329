// Wires the services together. Nothing here does work that can wait: the bank loads when the
// tree first asks for it, the language server starts when a bank file is opened.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BankService } from './workspaceBanks/bankService';
import { BankLanguageClient } from './client/languageClient';
import { registerCommands } from './commands';
import { DrillPanelController } from './drill/drillPanel';
import { MockController } from './drill/mockController';
import { DrillStarter } from './drill/drillStarter';
import { DashboardPanel } from './dashboard/dashboardPanel';
import { dashboardData } from './dashboard/dashboardData';
import { PlanService } from './progress/planService';
import { WorkStore } from './drill/workStore';
import { ProgressService } from './progress/progressService';
import { ExerciseCodeLens } from './exercises/exerciseLens';
import { ExerciseService } from './exercises/exerciseService';
import { InterviewConditions } from './exercises/interviewConditions';
import { createInterviewerParticipant } from './interviewer/chatParticipant';
import { LanguageModels } from './interviewer/languageModels';
import { SolutionReview } from './interviewer/solutionReview';
import { Commands, Panels, SYNCED_STATE_KEYS, Views } from './ids';
import { DifficultyDecorations, QuestionTreeProvider } from './tree/questionTree';
import { questionIdOfLink } from './tree/treeCommands';

/** What `activate` returns: used by the extension-host tests, not a public API. */
export interface InterviewPrepApi {
  banks: BankService;
  progress: ProgressService;
  tree: QuestionTreeProvider;
  drill: DrillPanelController;
  mock: MockController;
  dashboard: DashboardPanel;
  plan: PlanService;
  exercises: ExerciseService;
  languageClient: BankLanguageClient;
  models: LanguageModels;
  review: SolutionReview;
  activationMs: number;
}

let languageClient: BankLanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): InterviewPrepApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Interview Prep');
  const version = String(context.extension.packageJSON.version);
  const banks = new BankService(vscode.Uri.joinPath(context.extensionUri, 'questions').fsPath, output, context.globalStorageUri.fsPath, version);
  // The plan and the chosen exercise language follow the user through Settings Sync; the history
  // goes through the shared folder (interviewPrep.historyFolder) instead, and the machine id stays here.
  context.globalState.setKeysForSync([...SYNCED_STATE_KEYS]);
  const progress = new ProgressService(context, output);
  const models = new LanguageModels();
  const drill = new DrillPanelController(
    context,
    banks,
    new WorkStore(path.join(context.globalStorageUri.fsPath, 'work'), () => progress.sharedFolder()),
    progress,
    models,
  );
  const conditions = new InterviewConditions(context.workspaceState);
  const exercises = new ExerciseService(
    context.globalState,
    banks,
    output,
    progress,
    conditions,
    {
      runnersDir: vscode.Uri.joinPath(context.extensionUri, 'runners').fsPath,
      storageDir: context.globalStorageUri.fsPath,
    },
    {
      // The review is built below, from the exercises; the button is offered only after both exist.
      label: (): Promise<string | undefined> => review.offer(),
      run: (result): Promise<void> => review.review(result.folder, result.language),
    },
  );
  const review: SolutionReview = new SolutionReview(banks, exercises, models);
  const tree = new QuestionTreeProvider(banks, context.workspaceState, { statusOf: progress.statusOf, exerciseResultOf: (id) => exercises.lastRunSummary(id) });
  const starter = new DrillStarter(drill, banks, progress.statusOf);
  const mock = new MockController(context.workspaceState, banks, drill, progress);
  const plan = new PlanService(context.globalState, banks, progress);
  const dashboard = new DashboardPanel(context.extensionUri, () => dashboardData(banks, progress, plan), {
    drillTopic: (topic) => void starter.topic(topic),
    drillQuestions: (title, ids) => void starter.ids(title, ids),
    planInterview: () => void vscode.commands.executeCommand(Commands.planInterview),
  });
  languageClient = new BankLanguageClient(context, banks);
  const view = vscode.window.createTreeView(Views.questions, { treeDataProvider: tree, showCollapseAll: true });

  context.subscriptions.push(
    output,
    banks,
    tree,
    view,
    progress,
    models,
    drill,
    mock,
    plan,
    dashboard,
    exercises,
    review,
    conditions,
    languageClient,
    progress.onDidChange(() => {
      tree.refresh();
      void dashboard.refresh();
    }),
    plan.onDidChange(() => void dashboard.refresh()),
    vscode.window.registerWebviewPanelSerializer(Panels.dashboard, dashboard),
    vscode.languages.registerCodeLensProvider(
      [
        { scheme: 'file', language: 'python', pattern: '**/solution.py' },
        { scheme: 'file', language: 'typescript', pattern: '**/solution.ts' },
      ],
      new ExerciseCodeLens(),
    ),
    tree.onDidChangeTreeData(() => void tree.describe(view)),
    drill.onDidShowQuestion(({ questionId }) => tree.reveal(view, questionId)),
    vscode.window.registerFileDecorationProvider(new DifficultyDecorations()),
    vscode.window.registerWebviewPanelSerializer(Panels.drill, drill),
    vscode.window.registerUriHandler({
      handleUri: (uri) => {
        const questionId = questionIdOfLink(uri);
        if (questionId) void drill.open(questionId);
      },
    }),
    createInterviewerParticipant(
      { banks, drill, models, attempts: progress, statusOf: progress.statusOf },
      vscode.Uri.joinPath(context.extensionUri, 'media', 'icon.svg'),
    ),
    ...registerCommands({ banks, drill, starter, exercises, tree, progress, mock, dashboard, plan, models, review, output }),
  );
  void tree.describe(view);
  return { banks, progress, tree, drill, mock, dashboard, plan, exercises, languageClient, models, review, activationMs: performance.now() - started };
}

export function deactivate(): Thenable<void> | undefined {
  return languageClient?.stop();
}
