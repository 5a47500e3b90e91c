// A check that began with the old settings gives up when new settings arrive: it never publishes
// after the check with the new ones. The server runs in this process with a queue for `defer` that
// the test turns by hand, so that the old check is certainly paused between rules when the settings change.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEED } from '../helpers/fixture';
import { handTurnedDefer, longDraft, startInProcess } from '../helpers/in-process-server';
import { waitFor } from '../helpers/lsp-client';

test('a check with replaced settings never publishes after the check with the new ones', async () => {
  const { queue, defer, turn, turnUntil } = handTurnedDefer();
  let settings: Record<string, unknown> = {};
  let asked = 0;
  const server = await startInProcess({ defer }, () => (asked++, settings));
  try {
    // The settings asked at start-up are in; the long draft's check starts and pauses after its first rules.
    await waitFor('the first settings', () => (asked ? true : undefined));
    await new Promise((r) => setImmediate(r));
    const uri = 'file:///stale/long.resolution.md';
    await server.open(uri, longDraft());
    await waitFor('the check to be queued', () => (queue.length ? true : undefined));
    await turn();
    assert.ok(queue.length, 'the check paused between rules');

    // New settings: a tiny size limit, under which only citation and numbering checks run and a notice says so.
    settings = { maxDocumentSizeMB: 0.001 };
    await server.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await waitFor('the new settings to be read', () => (queue.length >= 2 ? true : undefined));
    await turnUntil('the queue to empty', () => !queue.length);

    const noticedOf = () => server.published.filter((p) => p.uri === uri).map((p) => p.diagnostics.some((d) => d.code === 'structure/reduced-mode'));
    // The check with the new settings published (the notification is on its way to the client).
    await waitFor('the check with the new settings', () => (noticedOf().includes(true) ? true : undefined));
    await turnUntil('the queue to empty', () => !queue.length);
    const noticed = noticedOf();
    assert.deepEqual(noticed.slice(noticed.indexOf(true)), noticed.slice(noticed.indexOf(true)).map(() => true), `a check with the old settings published after it: ${JSON.stringify(noticed)}`);
  } finally {
    server.client.dispose();
  }
});

test('settings read for an earlier reload that ends last do not replace newer ones', async () => {
  // The start-up reload's answer is held back until the user's change has been read and applied.
  let release: (v: unknown) => void = () => undefined;
  const heldBack = new Promise((r) => (release = r));
  let asked = 0;
  const server = await startInProcess({}, () => (++asked === 1 ? heldBack : { maxDocumentSizeMB: 0.001 }));
  try {
    await waitFor('the start-up reload to ask', () => (asked >= 1 ? true : undefined));
    await server.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await waitFor('the second reload to ask', () => (asked >= 2 ? true : undefined));
    const uri = 'file:///stale/seed.resolution.md';
    await server.open(uri, SEED());
    await waitFor('the check with the newer settings', () => server.published.find((p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'structure/reduced-mode')));
    // Now the start-up reload gets its (older) answer; a request after it returns once the server has read it.
    release({});
    await new Promise((r) => setImmediate(r));
    await server.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    await server.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }] });
    const after = await server.diagnosticsOf(uri, 2);
    assert.ok(after.diagnostics.some((d) => d.code === 'structure/reduced-mode'), 'the newer settings still apply');
  } finally {
    server.client.dispose();
  }
});
