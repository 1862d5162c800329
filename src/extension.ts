// Wires the services together. Nothing here does work that can wait: the bank loads when the
// tree first asks for it, the language server starts when a bank file is opened.
import * as vscode from 'vscode';
import { BankService } from './banks';
import { BankLanguageClient } from './client/languageClient';
import { registerCommands } from './commands';
import { DrillPanelController } from './drill/drillPanel';
import { ExerciseService } from './exercises/exerciseService';
import { Panels, Views } from './ids';
import { QuestionTreeProvider } from './tree/questionTree';

/** What `activate` returns: used by the extension-host tests, not a public API. */
export interface InterviewPrepApi {
  banks: BankService;
  tree: QuestionTreeProvider;
  drill: DrillPanelController;
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
  const tree = new QuestionTreeProvider(banks);
  const drill = new DrillPanelController(context, banks);
  const exercises = new ExerciseService(context, banks, output);
  languageClient = new BankLanguageClient(context, banks);
  const view = vscode.window.createTreeView(Views.questions, { treeDataProvider: tree, showCollapseAll: true });

  context.subscriptions.push(
    output, banks, tree, view, drill, exercises, languageClient,
    vscode.window.registerWebviewPanelSerializer(Panels.drill, drill),
    ...registerCommands({ banks, drill, exercises, output }),
  );
  return { banks, tree, drill, exercises, languageClient, activationMs: performance.now() - started };
}

export function deactivate(): Thenable<void> | undefined {
  return languageClient?.stop();
}
