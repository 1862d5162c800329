// Wires the services together. Nothing here does work that can wait: the bank loads when the
// tree first asks for it, the language server starts when a bank file is opened.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BankService } from './workspaceBanks/bankService';
import { BankLanguageClient } from './client/languageClient';
import { registerCommands } from './commands';
import { DrillPanelController } from './drill/drillPanel';
import { MockController } from './drill/mockController';
import { chooseQuestions } from './drill/session';
import { DashboardPanel } from './dashboard/dashboardPanel';
import { PlanService } from './progress/planService';
import { computeStats } from './progress/stats';
import { WorkStore } from './drill/workStore';
import { ProgressService } from './progress/progressService';
import { ExerciseCodeLens } from './exercises/exerciseLens';
import { ExerciseService } from './exercises/exerciseService';
import { InterviewConditions } from './exercises/interviewConditions';
import { Panels, Views } from './ids';
import { DifficultyDecorations, QuestionTreeProvider } from './tree/questionTree';

/** What `activate` returns: used by the extension-host tests, not a public API. */
export interface InterviewPrepApi {
  banks: BankService;
  progress: ProgressService;
  tree: QuestionTreeProvider;
  drill: DrillPanelController;
  mock: MockController;
  dashboard: DashboardPanel;
  exercises: ExerciseService;
  languageClient: BankLanguageClient;
  activationMs: number;
}

let languageClient: BankLanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): InterviewPrepApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Interview Prep');
  const version = String(context.extension.packageJSON.version);
  const banks = new BankService(vscode.Uri.joinPath(context.extensionUri, 'questions').fsPath, output, context.globalStorageUri.fsPath, version);
  const tree = new QuestionTreeProvider(banks, context.workspaceState);
  const progress = new ProgressService(context, output);
  tree.statusOf = progress.statusOf;
  const drill = new DrillPanelController(context, banks, new WorkStore(path.join(context.globalStorageUri.fsPath, 'work')), progress);
  const conditions = new InterviewConditions(context.workspaceState);
  const exercises = new ExerciseService(context.globalState, banks, output, progress, conditions);
  tree.exerciseResultOf = (id) => exercises.lastResult(id)?.passed;
  const mock = new MockController(context.workspaceState, banks, drill, progress);
  const plan = new PlanService(context.globalState, banks, progress);
  const dashboard = new DashboardPanel(context.extensionUri, async () => {
    const [attempts, index] = await Promise.all([progress.attempts(), banks.index()]);
    return computeStats(attempts, index.questions(), new Date(), (id) => {
      const question = index.question(id);
      return question ? progress.statusOf(question) : 'new';
    });
  }, (topic) => {
    void banks.index().then((index) => {
      const chosen = chooseQuestions(index.questions().filter((question) => question.topic === topic), 10, progress.statusOf);
      if (chosen.length) void drill.startSession(`Drill: ${topic}`, chosen.map((question) => question.id), chosen.reduce((sum, question) => sum + question.time, 0) * 1000);
    });
  });
  languageClient = new BankLanguageClient(context, banks);
  const view = vscode.window.createTreeView(Views.questions, { treeDataProvider: tree, showCollapseAll: true });

  context.subscriptions.push(
    output, banks, tree, view, progress, drill, mock, plan, dashboard, exercises, conditions, languageClient,
    progress.onDidChange(() => {
      tree.refresh();
      void dashboard.refresh();
    }),
    vscode.window.registerWebviewPanelSerializer(Panels.dashboard, dashboard),
    vscode.languages.registerCodeLensProvider([{ scheme: 'file', language: 'python', pattern: '**/solution.py' }, { scheme: 'file', language: 'typescript', pattern: '**/solution.ts' }], new ExerciseCodeLens()),
    tree.onDidChangeTreeData(() => void tree.describe(view)),
    drill.onDidShowQuestion(async ({ questionId }) => {
      // Keep the drilled question in view, without stealing focus from the panel.
      const node = view.visible ? await tree.nodeFor(questionId) : undefined;
      if (node) await view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
    }),
    vscode.window.registerFileDecorationProvider(new DifficultyDecorations()),
    vscode.window.registerWebviewPanelSerializer(Panels.drill, drill),
    vscode.window.registerUriHandler({
      handleUri: (uri) => {
        const match = /^\/question\/(.+)$/.exec(uri.path);
        if (match) void drill.open(decodeURIComponent(match[1]));
      },
    }),
    ...registerCommands({ banks, drill, exercises, tree, progress, mock, dashboard, plan, output }),
  );
  void tree.describe(view);
  return { banks, progress, tree, drill, mock, dashboard, exercises, languageClient, activationMs: performance.now() - started };
}

export function deactivate(): Thenable<void> | undefined {
  return languageClient?.stop();
}
