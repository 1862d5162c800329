// Starts the bank-authoring language server the first time a bank file is opened, and restarts it
// when the bank folders change (a setting, a workspace folder), since it reads them at start.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { isBankFile } from '../bank/bankPaths';
import { Disposable } from '../common/disposable';
import type { BankService } from '../workspaceBanks/bankService';
import type { InitOptions } from '../server/protocol';

export class BankLanguageClient extends Disposable {
  private client: LanguageClient | undefined;
  /** The bank folders the running server was started with. */
  private roots: string[] = [];
  /** Start, stop and restart run one after another. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly banks: BankService,
  ) {
    super();
    this.register(vscode.workspace.onDidOpenTextDocument((document) => this.startFor(document)));
    this.register(banks.onDidChange(() => this.followSources()));
    for (const document of vscode.workspace.textDocuments) this.startFor(document);
  }

  /** The bank folders the server reads, when it runs. */
  get serving(): readonly string[] | undefined {
    return this.client ? this.roots : undefined;
  }

  get running(): boolean {
    return this.client !== undefined;
  }

  private startFor(document: vscode.TextDocument): void {
    if (this.client || document.languageId !== 'markdown' || document.uri.scheme !== 'file') return;
    const roots = this.banks.sources().map((source) => source.path);
    if (!roots.some((root) => isBankFile(document.uri.fsPath, root))) return;
    this.serial(() => (this.client ? Promise.resolve() : this.start(roots)));
  }

  /** The banks reloaded: restart a running server whose folders are no longer the current ones. */
  private followSources(): void {
    this.serial(async () => {
      if (!this.client) {
        for (const document of vscode.workspace.textDocuments) this.startFor(document);
        return;
      }
      const roots = this.banks.sources().map((source) => source.path);
      if (roots.length === this.roots.length && roots.every((root, index) => root === this.roots[index])) return;
      await this.stopClient();
      await this.start(roots);
    });
  }

  private serial(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      void vscode.window.showErrorMessage(`Interview Prep: the bank language server could not start: ${String(error)}`);
    });
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
    this.roots = roots;
    this.client = new LanguageClient('interviewPrep', 'Interview Prep Bank', serverOptions, clientOptions);
    await this.client.start();
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.stop();
  }

  async stop(): Promise<void> {
    await this.queue;
    await this.stopClient();
  }

  /** The listeners go first, then the server stops. */
  dispose(): void {
    super.dispose();
    void this.stop();
  }
}
