// The bank language server over real LSP: dist/server.js in a child process on --stdio, a temporary
// bank on disk. Every wait is on a message from the server, never on a clock.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  InsertTextFormat,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type LocationLink,
  type MarkupContent,
  type ProtocolConnection,
  type Registration,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadBank } from '../../src/bank/bankLoader';
import { parseEntry } from '../../src/bank/fileEntry';
import { IndexReadyNotification, type IndexReadyParams } from '../../src/server/protocol';
import { WorkspaceIndex } from '../../src/server/workspaceIndex';
import { question, REPO, tempBank } from '../unit/helpers';

const SERVER = path.join(REPO, 'dist', 'server.js');

const EXERCISE = `---
id: lru-cache
title: LRU cache
roles: [Software Engineer]
topic: Data structures
kind: coding
difficulty: medium
time: 30
languages: [python, typescript]
---

Implement an LRU cache whose get and put run in O(1).

## Answer
A hash map over a doubly linked list.
`;

interface Waiter {
  uri: string;
  minVersion: number;
  accept: (diagnostics: Diagnostic[]) => boolean;
  resolve: (diagnostics: Diagnostic[]) => void;
}

/** An LSP client speaking to dist/server.js; keeps the last diagnostics per document. */
class TestClient {
  readonly registrations: Registration[] = [];
  readonly indexReady: Promise<IndexReadyParams>;
  private readonly latest = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  private readonly waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, version, diagnostics }) => {
      const published = { version: version ?? 0, diagnostics };
      this.latest.set(uri, published);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri !== uri || published.version < waiter.minVersion || !waiter.accept(diagnostics)) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(diagnostics);
      }
    });
    connection.onNotification(LogMessageNotification.type, () => undefined);
    connection.onRequest(RegistrationRequest.type, ({ registrations }) => {
      this.registrations.push(...registrations);
    });
    this.indexReady = new Promise((resolve) => connection.onNotification(IndexReadyNotification.method, resolve));
    connection.listen();
  }

  static async start(banks: string[]): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child);
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: { definition: { linkSupport: true }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } },
      },
      initializationOptions: { banks },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(file: string, text: string): Promise<string> {
    const uri = pathToFileURL(file).href;
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  /** Replaces the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** The first diagnostics for `uri`, at `minVersion` or later, that `accept` likes (the latest ones if they already do). */
  diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, minVersion = this.versions.get(uri) ?? 0): Promise<Diagnostic[]> {
    const known = this.latest.get(uri);
    if (known && known.version >= minVersion && accept(known.diagnostics)) return Promise.resolve(known.diagnostics);
    return new Promise((resolve) => this.waiters.push({ uri, minVersion, accept, resolve }));
  }

  async completion(uri: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } });
    return Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await exited;
    this.connection.dispose();
  }
}

const labels = (items: CompletionItem[]): string[] => items.map((item) => item.label);
const codes = (diagnostics: Diagnostic[]): unknown[] => diagnostics.map((diagnostic) => diagnostic.code);
const has =
  (code: string) =>
  (diagnostics: Diagnostic[]): boolean =>
    diagnostics.some((diagnostic) => diagnostic.code === code);
const lacks =
  (code: string) =>
  (diagnostics: Diagnostic[]): boolean =>
    !has(code)(diagnostics);

function applyEdit(uri: string, text: string, action: CodeAction): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
  assert.ok(edits.length > 0, `"${action.title}" edits the document`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
}

/** A snippet as accepted without typing: every placeholder keeps its default, every choice its first value. */
function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

describe('the bank language server (dist/server.js over LSP)', { timeout: 60_000 }, () => {
  let bank: string;
  let client: TestClient;
  const file = (name: string): string => path.join(bank, name);
  const problemsIn = (name: string, text: string) => parseEntry(file(name), bank, Buffer.from(text, 'utf8')).problems;

  before(async () => {
    bank = tempBank({
      'retrieval/rag-basics.md': question({ id: 'rag-basics', roles: '[AI Engineer, Data Scientist]', topic: 'Retrieval', tags: '[rag, retrieval]' }),
      'retrieval/rag-eval.md': question({ id: 'rag-eval', topic: 'Retrieval', tags: '[rag, evaluation]' }),
      'retrieval/rag-chunking.md': question({ id: 'rag-chunking', topic: 'Retrieval' }),
      'coding/uses-lru.md': question({ id: 'uses-lru', kind: 'coding', exercise: 'lru-cache' }),
      'clash/a.md': question({ id: 'shared-id' }),
      'clash/b.md': question({ id: 'shared-id' }),
      'broken/needs-missing.md': question({ id: 'needs-missing', kind: 'coding', exercise: 'no-such-exercise' }),
      'exercises/lru-cache/exercise.md': EXERCISE,
      'README.md': '---\nnot: [valid\n---\n',
    });
    client = await TestClient.start([bank]);
    await client.indexReady;
  });

  after(async () => {
    await client?.stop();
    if (bank) rmSync(bank, { recursive: true, force: true });
  });

  it('registers for file events in the banks and reports when the index is built', async () => {
    const ready = await client.indexReady;
    assert.equal(ready.files, 8);
    const watchers = client.registrations.filter((registration) => registration.method === DidChangeWatchedFilesNotification.method);
    assert.equal(watchers.length, 1);
    const patterns = (watchers[0].registerOptions as { watchers: { globPattern: { baseUri: string; pattern: string } }[] }).watchers.map(
      (watcher) => watcher.globPattern,
    );
    assert.deepEqual(patterns[0], { baseUri: pathToFileURL(bank).href, pattern: '**/*.md' });
  });

  it("reports the validator's problems with their exact ranges and the CLI's wording", async () => {
    const text = question({ topic: '', difficulty: 'Medium', tgas: '[x]' });
    const uri = await client.open(file('typing/draft.md'), text);
    const diagnostics = await client.diagnostics(uri);
    const expected = problemsIn('typing/draft.md', text);
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.message),
      expected.map((problem) => problem.message),
    );
    assert.deepEqual(codes(diagnostics).sort(), ['enum-case', 'missing-key', 'unknown-key']);
    const enumCase = diagnostics.find((diagnostic) => diagnostic.code === 'enum-case')!;
    assert.equal(enumCase.severity, DiagnosticSeverity.Error);
    assert.deepEqual(enumCase.range, { start: { line: 5, character: 12 }, end: { line: 5, character: 18 } });
    const unknownKey = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-key')!;
    assert.match(unknownKey.message, /did you mean "tags"\?/);
    assert.deepEqual(unknownKey.range, { start: { line: 7, character: 0 }, end: { line: 7, character: 4 } });
  });

  it('reports YAML errors and a missing prompt and answer, each on its line', async () => {
    const uri = await client.open(file('typing/broken-yaml.md'), '---\nid: x\ntitle: [unclosed\n---\n\nPrompt.\n');
    const [yaml] = await client.diagnostics(uri);
    assert.equal(yaml.code, 'yaml');
    assert.match(yaml.message, /^front matter is not valid YAML: /);
    const version = await client.change(uri, question({ id: 'no-answer' }, '## Hints\n- one\n'));
    const diagnostics = await client.diagnostics(uri, undefined, version);
    assert.deepEqual(codes(diagnostics), ['missing-prompt', 'missing-answer']);
    assert.equal(diagnostics[0].range.start.line, diagnostics[0].range.end.line);
  });

  it('reports a duplicate id across the bank, pointing at the other file, worded as the CLI does', async () => {
    const cli = (await loadBank([{ path: bank, kind: 'setting' }])).problems().find((problem) => problem.code === 'duplicate-id')!;
    assert.equal(cli.file, file('clash/b.md'));
    const loserUri = await client.open(file('clash/b.md'), question({ id: 'shared-id' }));
    const loser = (await client.diagnostics(loserUri, has('duplicate-id'))).find((diagnostic) => diagnostic.code === 'duplicate-id')!;
    assert.equal(loser.message, cli.message);
    assert.equal(loser.severity, DiagnosticSeverity.Error);
    assert.deepEqual(loser.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 13 } });
    assert.equal(loser.relatedInformation?.[0].location.uri, pathToFileURL(file('clash/a.md')).href);
    assert.equal(loser.relatedInformation?.[0].location.range.start.line, 1);

    // The file that wins the id is told too, so whichever one the author has open shows the clash.
    const winnerUri = await client.open(file('clash/a.md'), question({ id: 'shared-id' }));
    const winner = (await client.diagnostics(winnerUri, has('duplicate-id'))).find((diagnostic) => diagnostic.code === 'duplicate-id')!;
    assert.equal(winner.message, `duplicate id "shared-id": also used by ${file('clash/b.md')}`);
    assert.equal(winner.relatedInformation?.[0].location.uri, loserUri);
  });

  it("keeps the id index current from edits: renaming one open file clears the other's duplicate", async () => {
    const first = await client.open(file('fresh/one.md'), question({ id: 'unsaved-twin' }));
    const second = await client.open(file('fresh/two.md'), question({ id: 'unsaved-twin' }));
    await client.diagnostics(second, has('duplicate-id'));
    await client.diagnostics(first, has('duplicate-id'));
    await client.change(second, question({ id: 'unsaved-single' }));
    assert.deepEqual(await client.diagnostics(first, lacks('duplicate-id'), 0), []);
    assert.deepEqual(await client.diagnostics(second, lacks('duplicate-id')), []);
  });

  it('reports an exercise that exists in no bank, following its folder as it appears and goes on disk', async () => {
    const text = question({ id: 'needs-missing', kind: 'coding', exercise: 'no-such-exercise' });
    const cli = (await loadBank([{ path: bank, kind: 'setting' }])).problems().find((problem) => problem.code === 'missing-exercise')!;
    const uri = await client.open(file('broken/needs-missing.md'), text);
    const missing = (await client.diagnostics(uri, has('missing-exercise'))).find((diagnostic) => diagnostic.code === 'missing-exercise')!;
    assert.equal(missing.message, cli.message);
    assert.deepEqual(missing.range, { start: { line: 8, character: 10 }, end: { line: 8, character: 26 } });

    const created = file('exercises/no-such-exercise/exercise.md');
    mkdirSync(path.dirname(created), { recursive: true });
    writeFileSync(created, EXERCISE.replace('id: lru-cache', 'id: no-such-exercise'));
    const folder = { uri: pathToFileURL(path.dirname(created)).href };
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ ...folder, type: FileChangeType.Created }] });
    assert.deepEqual(await client.diagnostics(uri, lacks('missing-exercise'), 0), []);

    rmSync(path.dirname(created), { recursive: true });
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ ...folder, type: FileChangeType.Deleted }] });
    await client.diagnostics(uri, has('missing-exercise'), 0);
  });

  it('ignores markdown the loader skips, such as a README', async () => {
    const uri = await client.open(file('README.md'), '---\nnot: [valid\n---\n');
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('completes front-matter keys not yet written, each with a one-line description', async () => {
    const uri = await client.open(file('typing/keys.md'), '---\nid: keys-demo\n\n---\n');
    const items = await client.completion(uri, 2, 0);
    assert.ok(labels(items).includes('title') && labels(items).includes('tags') && labels(items).includes('exercise'));
    assert.ok(!labels(items).includes('id'), 'a key already present is not offered');
    assert.ok(!labels(items).includes('languages'), 'languages is for exercises');
    assert.ok(items.every((item) => typeof item.detail === 'string' && item.detail.length > 0));
    const kind = items.find((item) => item.label === 'kind')!;
    assert.equal(kind.insertTextFormat, InsertTextFormat.Snippet);
    assert.match((kind.textEdit as TextEdit).newText, /^kind: \$\{1\|concept,coding,/);
  });

  it('completes enum values, used topics, tags and roles, and exercise ids', async () => {
    const text = '---\nid: values-demo\ndifficulty: \nkind: \ntopic: \ntags: [rag, ]\nroles: [\nexercise: \n---\n';
    const uri = await client.open(file('typing/values.md'), text);
    assert.deepEqual(labels(await client.completion(uri, 2, 12)), ['easy', 'medium', 'hard']);
    assert.deepEqual(labels(await client.completion(uri, 3, 6)), ['concept', 'coding', 'system-design', 'behavioral', 'pitch', 'quiz']);
    const topics = (await client.completion(uri, 4, 7)).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(labels(topics).slice(0, 2), ['Testing', 'Retrieval'], 'the most used topics come first');
    assert.ok(labels(topics).includes('Data structures'));
    const tags = labels(await client.completion(uri, 5, 12));
    assert.ok(tags.includes('retrieval') && tags.includes('evaluation'));
    assert.ok(!tags.includes('rag'), 'a tag already in the list is not offered again');
    const roles = labels(await client.completion(uri, 6, 8));
    assert.ok(roles.includes('AI Engineer') && roles.includes('MLOps Engineer') && roles.includes('Data Scientist'));
    const exercises = await client.completion(uri, 7, 10);
    assert.ok(labels(exercises).includes('lru-cache'));
    assert.equal(exercises.find((item) => item.label === 'lru-cache')?.detail, 'LRU cache');
  });

  it('offers a whole new question as a snippet on an empty file, which validates as accepted', async () => {
    const uri = await client.open(file('typing/vector-search.md'), '');
    const [snippet] = await client.completion(uri, 0, 0);
    assert.equal(snippet.label, 'New question');
    assert.equal(snippet.insertTextFormat, InsertTextFormat.Snippet);
    const newText = (snippet.textEdit as TextEdit).newText;
    assert.match(newText, /\$\{1:vector-search\}/);
    assert.match(newText, /## Hints[\s\S]*## Answer[\s\S]*## Evaluation[\s\S]*## Follow-ups/);
    assert.deepEqual(problemsIn('typing/vector-search.md', expandSnippet(newText)), []);

    const exerciseUri = await client.open(file('exercises/two-sum/exercise.md'), '---');
    const [exercise] = await client.completion(exerciseUri, 0, 3);
    assert.equal(exercise.label, 'New exercise');
    const exerciseText = expandSnippet((exercise.textEdit as TextEdit).newText);
    assert.match(exerciseText, /^---\nid: two-sum\n[\s\S]*\nkind: coding\n[\s\S]*\nlanguages: \[python, typescript\]\n/);
    assert.deepEqual(problemsIn('exercises/two-sum/exercise.md', exerciseText), []);
  });

  it('explains a key on hover, and shows an exercise on its `exercise:` value', async () => {
    const text = question({ id: 'hover-demo', kind: 'coding', exercise: 'lru-cache' });
    const uri = await client.open(file('typing/hover.md'), text);
    const key = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 2 } });
    assert.match((key?.contents as MarkupContent).value, /\*\*difficulty\*\* \(required\): One of `easy`, `medium`, `hard`/);
    const exercise = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 8, character: 12 } });
    const value = (exercise?.contents as MarkupContent).value;
    assert.match(value, /\*\*LRU cache\*\*/);
    assert.match(value, /Data structures · medium/);
    assert.match(value, /Implement an LRU cache whose get and put run in O\(1\)\./);
    assert.deepEqual(exercise?.range, { start: { line: 8, character: 10 }, end: { line: 8, character: 19 } });
  });

  it('outlines the front matter and each section with their ranges', async () => {
    const text = question(
      { id: 'outline-demo' },
      'The prompt.\n\n## Hints\n- one\n- two\n\n## Answer\nThe answer.\n\n## Evaluation\n- point\n\n## Follow-ups\n- next\n',
    );
    const uri = await client.open(file('typing/outline.md'), text);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['Front matter', 'Prompt', 'Hints', 'Answer', 'Evaluation', 'Follow-ups'],
    );
    assert.deepEqual(symbols[0].range, { start: { line: 0, character: 0 }, end: { line: 8, character: 3 } });
    assert.deepEqual(
      symbols[0].children?.map((child) => child.name),
      ['id', 'title', 'roles', 'topic', 'kind', 'difficulty', 'time'],
    );
    const hints = symbols[2];
    assert.deepEqual(hints.range, { start: { line: 12, character: 0 }, end: { line: 14, character: 5 } });
    assert.equal(hints.detail, '2 items');
    assert.deepEqual(symbols[5].range, { start: { line: 22, character: 0 }, end: { line: 23, character: 6 } });
  });

  it("goes from an `exercise:` value to the exercise's exercise.md", async () => {
    const uri = await client.open(file('typing/definition.md'), question({ id: 'definition-demo', kind: 'coding', exercise: 'lru-cache' }));
    const result = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: { line: 8, character: 14 },
    })) as LocationLink[];
    assert.equal(result.length, 1);
    assert.equal(result[0].targetUri, pathToFileURL(file('exercises/lru-cache/exercise.md')).href);
    assert.deepEqual(result[0].targetSelectionRange, { start: { line: 1, character: 4 }, end: { line: 1, character: 13 } });
    assert.deepEqual(result[0].originSelectionRange, { start: { line: 8, character: 10 }, end: { line: 8, character: 19 } });
    const elsewhere = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 1, character: 6 } });
    assert.equal(elsewhere, null);
  });

  it('fixes a wrong-case enum with a quick fix, leaving a file that validates', async () => {
    const text = question({ id: 'fix-enum', difficulty: 'Medium' });
    const uri = await client.open(file('typing/fix-enum.md'), text);
    const diagnostics = await client.diagnostics(uri, has('enum-case'));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, 'Change to "medium"');
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(problemsIn('typing/fix-enum.md', applyEdit(uri, text, actions[0])), []);
  });

  it('adds a missing key where it belongs, and makes an id from the title', async () => {
    const text = question({ id: '', title: 'Vector Search at Scale', topic: '' });
    const uri = await client.open(file('retrieval/untitled.md'), text);
    const diagnostics = await client.diagnostics(uri, (found) => codes(found).filter((code) => code === 'missing-key').length === 2);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Add "id: vector-search-at-scale"', 'Add "topic: Retrieval"', 'Add all missing keys'],
    );
    const fixed = applyEdit(uri, text, actions[2]);
    assert.match(fixed, /^---\nid: vector-search-at-scale\ntitle: Vector Search at Scale\nroles: \[AI Engineer\]\ntopic: Retrieval\nkind: concept\n/);
    assert.deepEqual(problemsIn('retrieval/untitled.md', fixed), []);
    assert.deepEqual(
      problemsIn('retrieval/untitled.md', applyEdit(uri, applyEdit(uri, text, actions[0]), actions[1])).map((problem) => problem.code),
      [],
    );
  });

  it('renames an unknown key to its suggestion and turns a bad id into a slug', async () => {
    const text = question({ id: 'Bad_Id', title: 'Tokenizers 101', tgas: '[x]' });
    const uri = await client.open(file('typing/fix-more.md'), text);
    const diagnostics = await client.diagnostics(uri, (found) => has('bad-id')(found) && has('unknown-key')(found));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } },
      context: { diagnostics },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Rename to "tags"', 'Use id "tokenizers-101" (from the title)', 'Use id "bad-id"'],
    );
    const fixed = applyEdit(uri, applyEdit(uri, text, actions[1]), actions[0]);
    assert.deepEqual(problemsIn('typing/fix-more.md', fixed), []);
    assert.match(fixed, /\nid: tokenizers-101\n[\s\S]*\ntags: \[x\]\n/);
  });

  it("corrects a role's spelling inside a block list, and completes roles there", async () => {
    const text = question({ id: 'fix-role', roles: '\n  - ai engineer\n  - Data Scientist' });
    const uri = await client.open(file('typing/fix-role.md'), text);
    const diagnostics = await client.diagnostics(uri, has('role-spelling'));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Change to "AI Engineer"'],
    );
    const fixed = applyEdit(uri, text, actions[0]);
    assert.match(fixed, /\nroles: \n {2}- AI Engineer\n {2}- Data Scientist\n/);
    assert.deepEqual(problemsIn('typing/fix-role.md', fixed), []);

    const listUri = await client.open(file('typing/role-list.md'), '---\nid: role-list\nroles:\n  - Data Scientist\n  - \n---\n');
    const roles = labels(await client.completion(listUri, 4, 4));
    assert.ok(roles.includes('ML Engineer'));
    assert.ok(!roles.includes('Data Scientist'), 'a role already listed is not offered again');
  });
});

describe('the language server reads bank files as the loader does', () => {
  it('does not follow a link out of the bank, nor wait on a named pipe', async () => {
    const bank = tempBank({ 'inside.md': question({ id: 'inside-one' }) });
    const outside = tempBank({ 'secret.md': question({ id: 'outside-secret' }) });
    symlinkSync(path.join(outside, 'secret.md'), path.join(bank, 'link.md'));
    const pipe = path.join(bank, 'pipe.md');
    const hasPipe = spawnSync('mkfifo', [pipe]).status === 0;
    const index = new WorkspaceIndex([bank]);
    await index.build();
    assert.equal(index.withId('inside-one').length, 1);
    assert.deepEqual(index.withId('outside-secret'), [], 'the walk skips the link');
    // The file watcher hands single paths over: the link and the pipe are read without following or waiting.
    assert.equal(await index.refresh(path.join(bank, 'link.md')), false);
    assert.deepEqual(index.withId('outside-secret'), [], 'a refresh does not follow the link either');
    if (hasPipe) assert.equal(await index.refresh(pipe), false);
  });
});
