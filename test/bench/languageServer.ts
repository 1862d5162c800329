// The language server's figure: spawn dist/server.js over --stdio, speak LSP to it, and time
// didOpen of one bank file to the publishDiagnostics for it. Skipped, with the reason, when the
// built server is missing or does not answer over stdio.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { measure, summarize, type Figure } from './measure';

export type ServerFigures = { ready: Figure; open: Figure } | { skipped: string };

const INDEX_READY = 'interviewPrep/indexReady';

/** `files` are opened one per run, each a file the server has not seen open before. */
export async function measureLanguageServer(serverJs: string, bank: string, files: string[], runs: number): Promise<ServerFigures> {
  if (!existsSync(serverJs)) return { skipped: `${serverJs} is not built` };
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const exited = new Promise<string>((resolve) => child.once('exit', (code) => resolve(`the server exited with code ${code} when started with --stdio`)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map<string, () => void>();
  // Only the first report after didOpen counts (didClose publishes an empty one, with no waiter).
  connection.onNotification(PublishDiagnosticsNotification.type, ({ uri }) => waiters.get(uri)?.());
  let indexed: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (indexed = resolve));
  connection.onNotification(INDEX_READY, () => indexed());
  connection.listen();
  try {
    const initialized = await Promise.race([
      connection
        .sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { banks: [bank] } })
        .then(() => undefined),
      exited,
      delay(15_000).then(() => 'the server did not answer initialize over --stdio within 15 s'),
    ]);
    if (typeof initialized === 'string') return { skipped: initialized };
    const started = performance.now();
    await connection.sendNotification(InitializedNotification.type, {});
    const readyIn = await Promise.race([ready.then(() => performance.now() - started), delay(120_000).then(() => undefined)]);
    const readyFigure = readyIn === undefined ? undefined : summarize([readyIn]);
    let next = 0;
    let opened: { uri: string; text: string } | undefined;
    const open = await measure(runs, {
      before: async () => {
        if (opened) await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: opened.uri } });
        const file = files[next++ % files.length];
        opened = { uri: pathToFileURL(file).href, text: readFileSync(file, 'utf8') };
      },
      work: () => openAndWait(connection, waiters, opened!.uri, opened!.text),
    });
    return readyFigure ? { ready: readyFigure, open } : { skipped: 'the server never reported its index ready' };
  } catch (error) {
    return { skipped: `the server failed: ${(error as Error).message}` };
  } finally {
    await Promise.race([connection.sendRequest(ShutdownRequest.type).then(() => connection.sendNotification(ExitNotification.type)), delay(2_000)]).catch(
      () => undefined,
    );
    connection.dispose();
    child.kill();
  }
}

async function openAndWait(connection: ProtocolConnection, waiters: Map<string, () => void>, uri: string, text: string): Promise<void> {
  const published = new Promise<void>((resolve) => waiters.set(uri, resolve));
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await published;
  waiters.delete(uri);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
