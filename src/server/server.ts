// The bank-authoring language server. Runs in its own Node process; imports nothing from `vscode`.
// It reports the same problems as the tree and the CLI, because it calls the same validator.
import { fileURLToPath } from 'node:url';
import { createConnection, DiagnosticSeverity, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseEntry } from '../bank/bankIndex';
import type { Problem } from '../bank/model';
import { isInside } from '../exercises/plan';
import { isInitOptions, type InitOptions } from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let banks: string[] = [];
const pending = new Map<string, ReturnType<typeof setTimeout>>();

connection.onInitialize((params) => {
  const options: InitOptions | undefined = isInitOptions(params.initializationOptions) ? params.initializationOptions : undefined;
  banks = options?.banks ?? [];
  return { capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } };
});

documents.onDidChangeContent((change) => schedule(change.document));
documents.onDidClose((event) => {
  clearTimeout(pending.get(event.document.uri));
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

/** Validation waits for a pause in typing, and a newer edit replaces an older pending run. */
function schedule(document: TextDocument): void {
  clearTimeout(pending.get(document.uri));
  pending.set(document.uri, setTimeout(() => {
    pending.delete(document.uri);
    validate(document);
  }, 150));
}

function validate(document: TextDocument): void {
  if (!document.uri.startsWith('file:')) return;
  const file = fileURLToPath(document.uri);
  const bank = banks.filter((root) => isInside(root, file)).sort((a, b) => b.length - a.length)[0] ?? file;
  const entry = parseEntry(file, bank, Buffer.from(document.getText(), 'utf8'));
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: entry.problems.map(toDiagnostic) });
}

export function toDiagnostic(problem: Problem): Diagnostic {
  const line = problem.line - 1;
  const character = problem.column - 1;
  return {
    range: {
      start: { line, character },
      end: { line: (problem.endLine ?? problem.line) - 1, character: problem.endColumn !== undefined ? problem.endColumn - 1 : character + 1 },
    },
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'interview-prep',
    code: problem.code,
    message: problem.message,
  };
}

documents.listen(connection);
connection.listen();
