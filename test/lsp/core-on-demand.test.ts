import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers/fixture';
import { waitFor } from '../helpers/lsp-client';

// dist/server.js answers `initialize` without the core, which it loads from dist/core.js at first use
// (server/src/node/core-on-demand.ts): compiling the core is not part of the time to answer.

test('the server bundle holds no rule; the core bundle holds them', () => {
  const server = readFileSync(join(ROOT, 'dist/server.js'), 'utf8');
  const core = readFileSync(join(ROOT, 'dist/core.js'), 'utf8');
  for (const code of ['citation/year-mismatch', 'acronym/undefined', 'structure/numbering']) {
    assert.ok(core.includes(code), `dist/core.js lacks ${code}`);
    assert.ok(!server.includes(code), `dist/server.js holds ${code}`);
  }
});

test('initialize is answered before the core is loaded; the first document loads it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'resolute-on-demand-'));
  const marker = join(dir, 'core-loaded');
  copyFileSync(join(ROOT, 'dist/server.js'), join(dir, 'server.js'));
  // The core beside this copy notes, synchronously, that it was loaded.
  writeFileSync(join(dir, 'core.js'), `require('node:fs').writeFileSync(${JSON.stringify(marker)}, '');\nmodule.exports = require(${JSON.stringify(join(ROOT, 'dist/core.js'))});\n`);
  const proc = spawn(process.execPath, [join(dir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: { uri: string }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => void published.push(p));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    // The answer was written after anything the server did first: a core loaded before it would have left the marker.
    assert.equal(existsSync(marker), false, 'the core was loaded before initialize was answered');
    await connection.sendNotification('initialized', {});
    const uri = 'file:///draft.md';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text: 'The Security Council,\n\n1. *Decides* to remain seized of the matter.\n' } });
    await waitFor('diagnostics of the draft', () => published.find((p) => p.uri === uri));
    assert.ok(existsSync(marker), 'the draft was checked without the core beside the server');
  } finally {
    connection.dispose();
    proc.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
