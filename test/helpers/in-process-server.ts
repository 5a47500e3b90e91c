// The server of dist/server.js (the same startServer), run in this process over in-memory streams:
// for tests that give it a host of their own or change the registries it reads.
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer } from '../../server/src/lsp/server';
import type { ServerHost } from '../../server/src/lsp/settings';
import { SEED } from './fixture';
import { DEFAULT_DEADLINE_MS, waitFor } from './lsp-client';

export interface InProcessServer {
  readonly client: MessageConnection;
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[];
  /** Every window/logMessage text received, in order. */
  readonly logs: string[];
  open(uri: string, text: string): Promise<void>;
  diagnosticsOf(uri: string, version: number): Promise<PublishDiagnosticsParams>;
}

/** `settings`: what the client answers to workspace/configuration (read again on didChangeConfiguration), possibly later. */
export async function startInProcess(host: Partial<ServerHost> = {}, settings: () => unknown = () => ({})): Promise<InProcessServer> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(connection, { version: 'test', ruleDocs: (code) => `file:///docs/rules/${code}.md`, defer: (fn) => setImmediate(fn), ...host });
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  client.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void published.push(p));
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => Promise.all(p.items.map(settings)));
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await client.sendNotification('initialized', {});
  return {
    client,
    published,
    logs,
    open: (uri, text) => client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text } }),
    diagnosticsOf: (uri, version) => waitFor(`diagnostics of ${uri} v${version}`, () => published.find((p) => p.uri === uri && p.version === version)),
  };
}

/** The seed's operative part repeated past 300 KB: a draft long enough for the large-document paths (256 KB). */
export function longDraft(): string {
  const seed = SEED();
  const body = seed.slice(seed.indexOf('1. '));
  let text = seed;
  while (text.length < 300 * 1024) text += `\n\n${body}`;
  return text;
}

/**
 * A `defer` for the host that queues instead of running: the test turns the queue by hand, so that
 * the server is certainly paused (between rules, between rehearsal steps) where the test wants it.
 */
export function handTurnedDefer() {
  const queue: (() => void)[] = [];
  /** Runs one deferred callback, then lets promises settle. */
  const turn = async () => {
    queue.shift()?.();
    await new Promise((r) => setImmediate(r));
  };
  return {
    queue,
    defer: (fn: () => void) => void queue.push(fn),
    turn,
    /** Turns the queue (or waits for something to arrive in it) until `done`, within the usual deadline. */
    async turnUntil(what: string, done: () => boolean): Promise<void> {
      const deadline = Date.now() + DEFAULT_DEADLINE_MS;
      while (!done()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (${queue.length} callbacks queued)`);
        await turn();
      }
    },
  };
}
