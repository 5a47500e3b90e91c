// Malformed JSON-RPC gets an error or an empty answer, never silence and never a crash:
// bodies that are not JSON (written as raw bytes), messages that are not JSON-RPC, unknown
// methods, parameters of the wrong type, positions out of range and unknown documents.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Range } from 'vscode-languageserver-protocol';
import { SEED } from '../helpers/fixture';
import { startServer, waitFor, type TestServer } from '../helpers/lsp-client';
import { featureRequests } from './hostile';

const uri = 'file:///fuzz/malformed.resolution.md';
let server: TestServer;
let stdout = '';

before(async () => {
  server = await startServer();
  server.process.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  await server.open(uri, SEED());
  await server.diagnosticsFor(uri, 1);
});
after(async () => {
  await server.stop();
});

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;

/** Writes framed bodies straight to the server's stdin in one write, bypassing the JSON-RPC library. */
function raw(...bodies: string[]): void {
  server.process.stdin!.write(bodies.map(frame).join(''));
}

/** The error the server wrote for a raw message, read from its stdout. */
function rawAnswer(id: string | number | null, code: number) {
  const pattern = `"id":${JSON.stringify(id)},"error":{"code":${code}`;
  return waitFor(`an error ${code} for id ${id}`, () => (stdout.includes(pattern) ? true : undefined));
}

async function stillAnswers(): Promise<void> {
  const symbols = await server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(Array.isArray(symbols));
  assert.equal(server.process.exitCode, null);
}

/** An LSP error, or an empty answer (null, [], an empty edit). */
async function errorOrEmpty(method: string, params: unknown): Promise<void> {
  let result: unknown;
  try {
    result = await server.request(method, params);
  } catch (e) {
    assert.equal(typeof (e as { code?: unknown }).code, 'number', `${method}: ${String(e)}`);
    return;
  }
  const empty = result === null || (Array.isArray(result) && result.length === 0);
  assert.ok(empty, `${method} ${JSON.stringify(params)} answered ${JSON.stringify(result).slice(0, 200)}`);
}

test('a body that is not JSON gets a Parse error (-32700)', async () => {
  raw('{"jsonrpc": "2.0", "id": 1, "method": ');
  await rawAnswer(null, -32700);
  raw('\u0000\ud800 not json at all');
  await waitFor('two parse errors', () => (stdout.split('"code":-32700').length > 2 ? true : undefined));
  await stillAnswers();
});

test('a message that is not JSON-RPC gets an Invalid Request error (-32600)', async () => {
  raw('{"jsonrpc":"2.0","id":7001,"method":123}');
  await rawAnswer(7001, -32600);
  raw('{"jsonrpc":"2.0","id":7002}');
  await rawAnswer(7002, -32600);
  const before = stdout.split('"code":-32600').length;
  for (const body of ['[1,2,3]', '42', '"text"', 'null']) raw(body);
  await waitFor('four more Invalid Request errors', () => (stdout.split('"code":-32600').length >= before + 4 ? true : undefined));
  await stillAnswers();
});

test('an unknown method gets Method not found (-32601); an unknown notification is ignored', async () => {
  await assert.rejects(server.request('resolute/no-such-method', {}), (e: { code?: number }) => e.code === -32601);
  await server.connection.sendNotification('resolute/no-such-notification', { x: 1 });
  await stillAnswers();
});

test('every request with parameters of the wrong type gets an error or an empty answer', async () => {
  const methods = featureRequests(uri, { line: 0, character: 0 }).map(([m]) => m);
  const wrong: unknown[] = [null, 5, 'text', [], {}, { textDocument: 5 }, { textDocument: { uri: 42 }, position: 'x' }, { textDocument: { uri: null } }];
  for (const method of methods) for (const params of wrong) await errorOrEmpty(method, params);
  await stillAnswers();
});

test('an unknown document gets an empty answer from every request', async () => {
  for (const [method, params] of featureRequests('file:///nowhere/unknown.resolution.md', { line: 3, character: 4 })) await errorOrEmpty(method, params);
  for (const [method, params] of featureRequests('not a uri at all', { line: 0, character: 0 })) await errorOrEmpty(method, params);
});

/** Every {start, end} range anywhere in an answer. */
function rangesIn(value: unknown): Range[] {
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = o.start && o.end && typeof o.start === 'object' && 'line' in (o.start as object) ? [o as unknown as Range] : [];
  return [...own, ...Object.values(o).flatMap(rangesIn)];
}

test('positions out of range are answered, with ranges inside the document', async () => {
  const lines = SEED().split(/\r\n|\r|\n/);
  const inside = (r: Range) => [r.start, r.end].every((p) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length);
  for (const position of [{ line: 1e9, character: 1e9 }, { line: -1, character: -1 }, { line: 0, character: 1e9 }, { line: 2 ** 31, character: -(2 ** 31) }, { line: 1.5, character: 0.5 }]) {
    for (const [method, params] of featureRequests(uri, position)) {
      const result = await server.request<unknown>(method, params).catch((e: { code?: number }) => ({ error: e.code }));
      for (const r of rangesIn(result)) assert.ok(inside(r), `${method} at ${JSON.stringify(position)}: ${JSON.stringify(r)}`);
    }
  }
  await stillAnswers();
});

test('notifications with broken parameters leave the server running and the document intact', async () => {
  const { connection } = server;
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nowhere.md', version: 2 }, contentChanges: [{ text: 'x' }] });
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: 'not a list' });
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ range: { start: { line: 1e9, character: 0 }, end: { line: -4, character: 0 } }, text: 5 }] });
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///fuzz/bad-open.md', languageId: 'unres', version: 1, text: 12345 } });
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never-opened.md' } });
  await connection.sendNotification('textDocument/didOpen', null);
  await stillAnswers();
  await errorOrEmpty('textDocument/hover', { textDocument: { uri: 'file:///fuzz/bad-open.md' }, position: { line: 0, character: 0 } });
  // A well-formed edit afterwards is still checked.
  await server.change(uri, 10, [{ text: SEED() }]);
  assert.ok(Array.isArray(await server.diagnosticsFor(uri, 10)));
});

test('a request cancelled while it waits is answered "cancelled" and not run; the next one runs', async () => {
  const hover = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 20, character: 30 } } });
  raw(hover(9101), JSON.stringify({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 9101 } }), hover(9102));
  await rawAnswer(9101, -32800);
  await waitFor('the answer to the request that was not cancelled', () => (stdout.includes('"id":9102,"result"') ? true : undefined));
});
