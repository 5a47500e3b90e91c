// Once a large draft has been quiet for a while, the server hands the memory its old versions
// left behind back to the system (ServerHost.releaseMemory); while typing goes on, it does not.
// In this process, with a host that counts the calls, like test/fuzz/guarded-server.test.ts.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer } from '../../server/src/lsp/server';
import { SEED } from '../helpers/fixture';
import { waitFor } from '../helpers/lsp-client';

let client: MessageConnection;
const published: PublishDiagnosticsParams[] = [];
const releases: number[] = [];
const QUIET_MS = 400;

before(async () => {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(connection, {
    version: 'test',
    ruleDocs: (code) => `file:///docs/rules/${code}.md`,
    defer: (fn) => setImmediate(fn),
    releaseMemory: () => void releases.push(published.length),
    quietMs: QUIET_MS,
  });
  client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void published.push(p));
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await client.sendNotification('initialized', {});
});
after(() => client.dispose());

const diagnosticsOf = (uri: string, version: number) => waitFor(`diagnostics of ${uri} v${version}`, () => published.find((p) => p.uri === uri && p.version === version));

test('a large draft releases memory once it is quiet, not while it is typed in', async () => {
  // The seed's operative part repeated past 256 KB.
  const seed = SEED();
  const body = seed.slice(seed.indexOf('1. '));
  let text = seed;
  while (text.length < 300 * 1024) text += `\n\n${body}`;
  const uri = 'file:///release/large.resolution.md';
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text } });
  await diagnosticsOf(uri, 1);
  await waitFor('a release after the draft went quiet', () => (releases.length === 1 ? true : undefined));

  // Typing: a keystroke every 20 ms, far inside the quiet period, for three quiet periods.
  const before = releases.length;
  const started = Date.now();
  let version = 1;
  while (Date.now() - started < 3 * QUIET_MS) {
    version++;
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    await new Promise((r) => setImmediate(r));
    await waitFor('the next keystroke is due', () => (Date.now() - started >= (version - 1) * 20 ? true : undefined));
  }
  await diagnosticsOf(uri, version);
  assert.equal(releases.length, before, 'no release while typing');
  await waitFor('a release once typing stopped', () => (releases.length === before + 1 ? true : undefined));
  // It came after the last version's diagnostics.
  assert.ok(releases.at(-1)! >= published.findIndex((p) => p.uri === uri && p.version === version) + 1);
});

test('a short draft never asks for a release', async () => {
  const uri = 'file:///release/seed.resolution.md';
  const before = releases.length;
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text: SEED() } });
  await diagnosticsOf(uri, 1);
  // Absence can only be checked over a bounded wait: three quiet periods.
  const until = Date.now() + 3 * QUIET_MS;
  await waitFor('three quiet periods', () => (Date.now() >= until ? true : undefined));
  assert.equal(releases.length, before);
});
