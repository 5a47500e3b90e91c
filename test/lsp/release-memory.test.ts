// Once a large draft has been quiet for a while, the server hands the memory its old versions
// left behind back to the system (ServerHost.releaseMemory); while typing goes on, it does not.
// In this process, with a host that counts the calls, like test/fuzz/guarded-server.test.ts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { handTurnedDefer, longDraft, startInProcess, type InProcessServer } from '../helpers/in-process-server';
import { SEED } from '../helpers/fixture';
import { boundedWait, waitFor } from '../helpers/lsp-client';

let server: InProcessServer;
const releases: number[] = [];
const QUIET_MS = 400;

/** Types an "x" at the start of the document, as its version `version`. */
const typeX = (on: InProcessServer, uri: string, version: number) =>
  on.client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });

before(async () => {
  server = await startInProcess({ releaseMemory: () => void releases.push(server.published.length), quietMs: QUIET_MS });
});
after(() => server.client.dispose());

test('a large draft releases memory once it is quiet, not while it is typed in', async () => {
  const uri = 'file:///release/large.resolution.md';
  await server.open(uri, longDraft());
  await server.diagnosticsOf(uri, 1);
  await waitFor('a release after the draft went quiet', () => (releases.length === 1 ? true : undefined));

  // Typing: a keystroke every 20 ms, far inside the quiet period, for three quiet periods.
  const before = releases.length;
  const started = Date.now();
  let version = 1;
  while (Date.now() - started < 3 * QUIET_MS) {
    version++;
    await typeX(server, uri, version);
    await new Promise((r) => setImmediate(r));
    await waitFor('the next keystroke is due', () => (Date.now() - started >= (version - 1) * 20 ? true : undefined));
  }
  await server.diagnosticsOf(uri, version);
  assert.equal(releases.length, before, 'no release while typing');
  await waitFor('a release once typing stopped', () => (releases.length === before + 1 ? true : undefined));
  // It came after the last version's diagnostics.
  assert.ok(releases.at(-1)! >= server.published.findIndex((p) => p.uri === uri && p.version === version) + 1);
});

test('a short draft never asks for a release', async () => {
  const uri = 'file:///release/seed.resolution.md';
  const before = releases.length;
  await server.open(uri, SEED());
  await server.diagnosticsOf(uri, 1);
  await boundedWait('three quiet periods', 3 * QUIET_MS);
  assert.equal(releases.length, before);
});

test('an edit that waits for its check holds the release back: the draft is not quiet', async () => {
  // `defer` is a queue the test turns by hand: the edit's check waits for the test, past the quiet period.
  const { defer, turnUntil } = handTurnedDefer();
  const released: number[] = [];
  const own = await startInProcess({ defer, releaseMemory: () => void released.push(Date.now()), quietMs: QUIET_MS, rehearsalDelayMs: 0 });
  try {
    const uri = 'file:///release/pending.resolution.md';
    await own.open(uri, longDraft());
    // The first release comes after the rehearsal; from then on every check of the draft arms the next.
    await turnUntil('the first release', () => released.length === 1);
    await typeX(own, uri, 2);
    await turnUntil('the check of version 2', () => own.published.some((p) => p.uri === uri && p.version === 2));
    // The release is armed; version 3 arrives at once and its check is left waiting.
    await typeX(own, uri, 3);
    await boundedWait('three quiet periods', 3 * QUIET_MS);
    assert.equal(released.length, 1, 'no release while an edit waits for its check');
    await turnUntil('the check of version 3, then a release', () => released.length === 2);
    assert.ok(own.published.some((p) => p.uri === uri && p.version === 3));
  } finally {
    own.client.dispose();
  }
});
