// Web-worker entry of the language server (vscode.dev, github.dev): the same core and glue as the
// Node process, speaking JSON-RPC through postMessage. No Node API and no file access: settings
// come from the client (workspace/configuration, and resolute.json and the glossary through the
// request resolute/readWorkspaceFile), documents from didOpen/didChange.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/browser';
import { version } from '../../../package.json';
import { settingsFromFiles } from '../core';
import { startServer } from '../lsp/server';

/** What the browser client passes in initializationOptions, besides workspaceTrusted. */
interface BrowserInitOptions {
  /** The packaged docs/rules folder under the extension URI (a worker has no file URLs to point at). */
  ruleDocsUri?: string;
}

/**
 * Rule pages next to the bundle (dist/web/ -> docs/rules/), for hosts that load the worker from
 * its own URL. VS Code wraps extension workers in a blob: URL, hence the client's ruleDocsUri.
 */
function docsNextToBundle(): string {
  try {
    return new URL('../../docs/rules/', self.location.href).href;
  } catch {
    return 'docs/rules/';
  }
}

/** startServer owns onInitialize; this reads the client's options before its handler runs. */
function readingInitOptions(connection: Connection, read: (options: BrowserInitOptions) => void): Connection {
  type Handler = Parameters<Connection['onInitialize']>[0];
  return new Proxy(connection, {
    get(target, key, receiver) {
      if (key !== 'onInitialize') return Reflect.get(target, key, receiver);
      return (handler: Handler) =>
        target.onInitialize((params, ...rest) => {
          read((params.initializationOptions ?? {}) as BrowserInitOptions);
          return handler(params, ...rest);
        });
    },
  });
}

/**
 * Runs fn as a task queued behind the messages already posted to the worker, so a burst of edits
 * is checked once. A microtask would run before them; setTimeout(0) may be clamped or throttled.
 */
function createDefer(): (fn: () => void) => void {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  };
}

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
let docsBase = docsNextToBundle();
/** resolute.json and the glossary, which only the client can read (client/src/workspace-file.ts). */
function readWorkspaceFile(path: string): Promise<string | undefined> {
  return connection.sendRequest<string | null>('resolute/readWorkspaceFile', { path }).then(
    (text) => (typeof text === 'string' ? text : undefined),
    () => undefined,
  );
}

startServer(
  readingInitOptions(connection, (options) => {
    if (typeof options.ruleDocsUri === 'string' && options.ruleDocsUri) docsBase = options.ruleDocsUri.replace(/\/?$/, '/');
  }),
  {
    version,
    ruleDocs: (code) => `${docsBase}${code}.md`,
    defer: createDefer(),
    // The client refuses in an untrusted workspace (it knows when trust is granted; the worker only learns it at start).
    workspaceSettings: () => settingsFromFiles(readWorkspaceFile),
  },
);
