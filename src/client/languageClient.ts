// Starts the bank-authoring language server the first time a bank file is opened.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { isBankFile } from '../bank/bankIndex';
import { isInside } from '../exercises/plan';
import type { BankService } from '../banks';
import type { InitOptions } from '../server/protocol';

export class BankLanguageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly context: vscode.ExtensionContext, private readonly banks: BankService) {
    this.subscription = vscode.workspace.onDidOpenTextDocument((document) => this.startFor(document));
    for (const document of vscode.workspace.textDocuments) this.startFor(document);
  }

  get running(): boolean {
    return this.client !== undefined;
  }

  private startFor(document: vscode.TextDocument): void {
    if (this.client || document.languageId !== 'markdown' || document.uri.scheme !== 'file') return;
    const roots = this.banks.sources().map((source) => source.path);
    if (!roots.some((root) => isInside(root, document.uri.fsPath) && isBankFile(document.uri.fsPath, root))) return;
    void this.start(roots);
  }

  private async start(roots: string[]): Promise<void> {
    const module = this.context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: roots.map((root) => ({ scheme: 'file', language: 'markdown', pattern: `${root.replace(/\\/g, '/')}/**/*.md` })),
      initializationOptions: { banks: roots } satisfies InitOptions,
    };
    this.client = new LanguageClient('interviewPrep', 'Interview Prep Bank', serverOptions, clientOptions);
    await this.client.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.stop();
  }

  dispose(): void {
    this.subscription.dispose();
    void this.stop();
  }
}
