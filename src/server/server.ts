// The bank-authoring language server. Runs in its own Node process (IPC from the extension, or
// --stdio); imports nothing from `vscode`. It reports the same problems as the tree and the CLI,
// because it calls the same validator; the workspace index adds what needs the whole bank.
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  type FileSystemWatcher,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isBankFile } from '../bank/bankPaths';
import { codeActions } from './codeActions';
import { complete } from './completion';
import { definition } from './definition';
import { diagnose } from './diagnostics';
import { hover } from './hover';
import { IndexReadyNotification, isInitOptions, type IndexReadyParams } from './protocol';
import { documentSymbols } from './symbols';
import { ValidationQueue } from './validationQueue';
import { WorkspaceIndex } from './workspaceIndex';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const queue = new ValidationQueue(validate);
let index = new WorkspaceIndex([]);
let linkSupport = false;
let watchSupport: 'none' | 'glob' | 'relative' = 'none';

connection.onInitialize((params): InitializeResult => {
  index = new WorkspaceIndex(isInitOptions(params.initializationOptions) ? params.initializationOptions.banks : []);
  const watching = params.capabilities.workspace?.didChangeWatchedFiles;
  watchSupport = watching?.dynamicRegistration ? (watching.relativePatternSupport ? 'relative' : 'glob') : 'none';
  linkSupport = params.capabilities.textDocument?.definition?.linkSupport === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-', '#'] },
      hoverProvider: true,
      documentSymbolProvider: true,
      definitionProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'Interview Prep Bank' },
  };
});

connection.onInitialized(() => {
  if (watchSupport !== 'none' && index.banks.length > 0) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: index.banks.flatMap(bankWatchers) });
  }
  void buildIndex();
});

/** Markdown files in every state, plus folders created or deleted (a whole exercise at once). */
function bankWatchers(bank: string): FileSystemWatcher[] {
  const glob = (pattern: string) => (watchSupport === 'relative' ? { baseUri: pathToFileURL(bank).href, pattern } : `${bank.replace(/\\/g, '/')}/${pattern}`);
  return [{ globPattern: glob('**/*.md') }, { globPattern: glob('**/*'), kind: WatchKind.Create | WatchKind.Delete }];
}

async function buildIndex(): Promise<void> {
  const started = Date.now();
  await index.build();
  const params: IndexReadyParams = { files: index.size, milliseconds: Date.now() - started };
  connection.console.info(`Interview Prep: indexed ${params.files} bank files in ${params.milliseconds} ms`);
  void connection.sendNotification(IndexReadyNotification.method, params);
  revalidateAll();
}

documents.onDidOpen(({ document }) => {
  const file = fileOf(document.uri);
  if (file && index.setOpenText(file, document.getText())) revalidateAll(document.uri);
});
documents.onDidChangeContent(({ document }) => queue.schedule(document.uri));
documents.onDidClose(({ document }) => {
  queue.cancel(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  const file = fileOf(document.uri);
  if (file) void index.closed(file).then((changed) => changed && revalidateAll());
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  let changed = false;
  for (const change of changes) {
    const file = fileOf(change.uri);
    if (!file) continue;
    changed = (change.type === FileChangeType.Deleted ? index.remove(file) : await index.refresh(file)) || changed;
  }
  if (changed) revalidateAll();
});

function validate(uri: string): void {
  const document = documents.get(uri);
  const file = document && fileOf(uri);
  if (!document || !file) return;
  const othersAffected = index.setOpenText(file, document.getText());
  void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnose(document, file, index) });
  if (othersAffected) revalidateAll(uri);
}

/** Other open files' duplicate-id and exercise checks depend on this one's id. */
function revalidateAll(except?: string): void {
  for (const document of documents.all()) if (document.uri !== except) queue.schedule(document.uri);
}

function fileOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** An open question file, not a README or other markdown that happens to sit in a bank. */
function questionText(uri: string): { text: string; file: string } | undefined {
  const document = documents.get(uri);
  const file = fileOf(uri);
  if (!document || !file) return undefined;
  const bank = index.bankOf(file);
  return bank && !isBankFile(file, bank) ? undefined : { text: document.getText(), file };
}

connection.onCompletion(({ textDocument, position }) => {
  const open = questionText(textDocument.uri);
  return open ? complete(open.text, position, open.file, index) : null;
});

connection.onHover(({ textDocument, position }) => {
  const open = questionText(textDocument.uri);
  return open ? hover(open.text, position, index) : null;
});

connection.onDocumentSymbol(({ textDocument }) => {
  const open = questionText(textDocument.uri);
  return open ? documentSymbols(open.text) : null;
});

connection.onDefinition(({ textDocument, position }) => {
  const open = questionText(textDocument.uri);
  return open ? definition(open.text, position, index, linkSupport) : null;
});

connection.onCodeAction(({ textDocument, context }) => {
  const open = questionText(textDocument.uri);
  const wanted = !context.only || context.only.some((kind) => kind === CodeActionKind.QuickFix || kind === CodeActionKind.Empty);
  return open && wanted ? codeActions(open.text, textDocument.uri, open.file, context.diagnostics, index) : [];
});

connection.onShutdown(() => queue.dispose());

documents.listen(connection);
connection.listen();
