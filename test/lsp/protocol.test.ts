import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SEED } from '../helpers/fixture';
import { startServer, type TestServer } from '../helpers/lsp-client';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.stop();
});

test('initialize advertises the implemented capabilities, diagnostics come with the version', async () => {
  const uri = 'file:///tmp/seed.resolution.md';
  await server.open(uri, SEED());
  const diags = await server.diagnosticsFor(uri, 1);
  assert.ok(Array.isArray(diags));
  for (const d of diags) {
    assert.equal(d.source, 'resolute');
    assert.match(String(d.code), /^(citation|acronym|structure|style)\/[a-z0-9-]+$/);
    assert.ok(d.codeDescription?.href.endsWith(`${d.code}.md`));
  }
});

test('a change yields diagnostics for the new version only', async () => {
  const uri = 'file:///tmp/change.resolution.md';
  await server.open(uri, 'The Security Council,\n\n1. *Decides* to remain seized of the matter.\n');
  await server.diagnosticsFor(uri, 1);
  await server.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'X' }]);
  await server.diagnosticsFor(uri, 2);
  assert.ok(server.published.filter((p) => p.uri === uri).every((p) => p.version === 1 || p.version === 2));
});

test('a client that keeps only the newest diagnostics (the bench) holds one publication per document', async () => {
  const latest = await startServer({ latestOnly: true });
  try {
    const a = 'file:///tmp/latest-a.resolution.md';
    const b = 'file:///tmp/latest-b.resolution.md';
    await latest.open(a, 'The Security Council,\n\n1. *Decides* to remain seized of the matter.\n');
    await latest.open(b, 'The Security Council,\n\n1. *Decides* to remain seized of the matter.\n');
    await latest.diagnosticsFor(a, 1);
    await latest.diagnosticsFor(b, 1);
    for (const version of [2, 3]) {
      await latest.change(a, version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'X' }]);
      await latest.diagnosticsFor(a, version);
    }
    assert.deepEqual(latest.published.map((p) => [p.uri, p.version]).sort(), [[a, 3], [b, 1]]);
  } finally {
    await latest.stop();
  }
});

test('shutdown is answered', async () => {
  const r = await server.request('shutdown', null);
  assert.equal(r, null);
});
