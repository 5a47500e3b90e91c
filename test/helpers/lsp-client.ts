// Drives the bundled server (dist/server.js --stdio) over JSON-RPC, as an editor would, with the flags the VS Code client gives it.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from './fixture';
import { SERVER_V8_FLAGS } from '../../server/src/node/v8-flags';

export interface TestServer {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  readonly stderr: () => string;
  /** Every publishDiagnostics received, in order (with `latestOnly`, only the newest per document). */
  readonly published: PublishDiagnosticsParams[];
  /** Every window/logMessage text received, in order. */
  readonly logs: string[];
  open(uri: string, text: string, languageId?: string): Promise<void>;
  change(uri: string, version: number, changes: unknown[]): Promise<void>;
  /** Waits (with a deadline) for diagnostics of that version. */
  diagnosticsFor(uri: string, version: number, timeoutMs?: number): Promise<Diagnostic[]>;
  request<T>(method: string, params: unknown): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Polls until check() returns a value, or fails after the deadline. The default deadline is a
 * hang detector, generous for a loaded 2-core CI machine; timing is measured in bench/, not here.
 */
export const DEFAULT_DEADLINE_MS = 20000;

export async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs = DEFAULT_DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Lets ms go by with the event loop running: an absence can only be checked over a bounded wait. */
export async function boundedWait(what: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  await waitFor(what, () => (Date.now() >= until ? true : undefined));
}

export interface ServerOptions {
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  initializationOptions?: unknown;
  workspaceEdit?: Record<string, unknown>;
  /**
   * Keep only each document's newest diagnostics, as an editor does. For the bench: holding every
   * publication of a long typing run (130 x 608 diagnostics) made this client's own collections
   * part of the keystroke times it measured.
   */
  latestOnly?: boolean;
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const proc = spawn(process.execPath, [...SERVER_V8_FLAGS, join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  /** Waiting for diagnostics: woken on arrival, so a measured wait is not rounded up to a polling interval. */
  const waiters = new Set<() => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const older = options.latestOnly ? published.findIndex((q) => q.uri === p.uri) : -1;
    if (older >= 0) published.splice(older, 1);
    published.push(p);
    for (const wake of waiters) wake();
  });
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => options.settings ?? {}));
  connection.onRequest('client/registerCapability', () => null);
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  connection.listen();
  const folder = options.workspaceFolder;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder ? `file://${folder}` : null,
    workspaceFolders: folder ? [{ uri: `file://${folder}`, name: 'ws' }] : null,
    initializationOptions: options.initializationOptions,
    capabilities: {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true, ...options.workspaceEdit } },
      textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true }, hover: { contentFormat: ['markdown'] } },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: proc,
    stderr: () => err,
    published,
    logs,
    async open(uri, text, languageId = 'unres') {
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    async change(uri, version, contentChanges) {
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    },
    diagnosticsFor(uri, version, timeoutMs = DEFAULT_DEADLINE_MS) {
      const found = () => published.find((p) => p.uri === uri && p.version === version)?.diagnostics;
      return new Promise<Diagnostic[]>((resolve, reject) => {
        const settle = () => {
          const d = found();
          if (d === undefined) return;
          done();
          resolve(d);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics for ${uri} v${version}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(settle);
        };
        waiters.add(settle);
        settle();
      });
    },
    request: (method, params) => connection.sendRequest(method, params),
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      if (proc.exitCode === null) proc.kill();
    },
  };
}
