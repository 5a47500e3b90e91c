// The Node process's connection. Over --stdio it answers what the JSON-RPC library would drop
// in silence: a body that is not JSON gets a Parse error (-32700), a message that is neither a
// request, a notification nor a response gets an Invalid Request error (-32600). Over both
// transports a request cancelled before it runs is not run.
import {
  createConnection,
  LSPErrorCodes,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type ConnectionStrategy,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type RequestMessage,
} from 'vscode-languageserver/node';

type Id = string | number | null;

const isId = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/** Why a parsed body is not a JSON-RPC message, or undefined when it is one. */
export function invalidMessage(m: unknown): { id: Id; reason: string } | undefined {
  if (!m || typeof m !== 'object' || Array.isArray(m)) return { id: null, reason: Array.isArray(m) ? 'batches are not supported' : 'a message must be a JSON object' };
  const o = m as Record<string, unknown>;
  const id = isId(o.id) ? o.id : null;
  if ('method' in o) {
    if (typeof o.method !== 'string') return { id, reason: '"method" must be a string' };
    if ('id' in o && o.id !== null && !isId(o.id)) return { id: null, reason: '"id" must be a string or a number' };
    return undefined;
  }
  if ('result' in o || 'error' in o) return undefined;
  return { id, reason: 'a message needs a "method" (request, notification) or a "result" or "error" (response)' };
}

function errorResponse(id: Id, code: number, message: string): Message {
  return { jsonrpc: '2.0', id, error: { code, message } } as Message;
}

/** Passes valid messages on and answers the others through the same writer. */
export function answeringReader(inner: MessageReader, writer: MessageWriter): MessageReader {
  const reply = (m: Message) => void writer.write(m).catch(() => undefined);
  inner.onError((e) => reply(errorResponse(null, -32700, `Parse error: ${e instanceof Error ? e.message : String(e)}`)));
  return {
    onError: inner.onError,
    onClose: inner.onClose,
    onPartialMessage: inner.onPartialMessage,
    listen(callback: DataCallback): Disposable {
      return inner.listen((m) => {
        const bad = invalidMessage(m);
        if (bad) reply(errorResponse(bad.id, -32600, `Invalid Request: ${bad.reason}`));
        else callback(m);
      });
    },
    dispose: () => inner.dispose(),
  };
}

/**
 * A request the editor cancels while it still waits behind other work (a hover the mouse has
 * left, during the check of a large paste) is answered "cancelled" and never run.
 */
const skipCancelled: ConnectionStrategy = {
  cancelUndispatched: (m) => ({ jsonrpc: '2.0', id: (m as RequestMessage).id, error: { code: LSPErrorCodes.RequestCancelled, message: 'Request cancelled' } }),
};

export function createNodeConnection(): Connection {
  const options = { connectionStrategy: skipCancelled };
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all, options);
  const writer = new StreamMessageWriter(process.stdout);
  const connection = createConnection(ProposedFeatures.all, answeringReader(new StreamMessageReader(process.stdin), writer), writer, options);
  // With its own reader the library no longer ends the process when the editor goes away.
  process.stdin.on('close', () => process.exit(0));
  process.stdin.on('end', () => process.exit(0));
  // Console output on stdout would corrupt the protocol.
  console.info = console.debug = console.trace = (...a: unknown[]) => connection.console.info(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  return connection;
}
