import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ROOT } from '../helpers/fixture';
import { startServer, waitFor, type TestServer } from '../helpers/lsp-client';

const draft = 'The Security Council,\n\n<!-- resolute-disable-next-line citation/year-mismatch -->\n*Recalling* its resolution 1373 (2001),\n\n1. *Decides* to remain seized of the matter.\n';
const dir = mkdtempSync(join(tmpdir(), 'resolute-ws-'));
writeFileSync(join(dir, 'draft.resolution.md'), draft);
writeFileSync(join(dir, 'resolute.json'), JSON.stringify({ rules: { 'style/unused-suppression': 'error' } }));
after(() => rmSync(dir, { recursive: true, force: true }));

const codes = (ds: { code?: unknown; severity?: unknown }[]) => ds.filter((d) => d.code === 'style/unused-suppression').map((d) => d.severity);
const has = (ds: { code?: unknown }[], code: string) => ds.some((d) => d.code === code);

/** Settings load after "initialized"; the server republishes then. Waits for the last publication to satisfy ok. */
function settled(server: TestServer, uri: string, ok: (ds: { code?: unknown; severity?: unknown }[]) => boolean) {
  return waitFor('diagnostics after the settings loaded', () => {
    const mine = server.published.filter((p) => p.uri === uri);
    const last = mine[mine.length - 1];
    return last && ok(last.diagnostics) ? last.diagnostics : undefined;
  });
}

test('resolute.json is read by the editor: its severity applies', async () => {
  const server = await startServer({ workspaceFolder: dir });
  try {
    const uri = `file://${dir}/draft.resolution.md`;
    await server.open(uri, draft);
    assert.deepEqual(codes(await settled(server, uri, (ds) => codes(ds)[0] === 1)), [1]);
  } finally {
    await server.stop();
  }
});

test('the same file is read by the checker, so editor and CI agree', () => {
  let out = '';
  let status = 0;
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', 'draft.resolution.md'], { cwd: dir, encoding: 'utf8' });
  } catch (e) {
    const err = e as { stdout: string; status: number };
    out = err.stdout;
    status = err.status;
  }
  const [file] = JSON.parse(out);
  assert.deepEqual(file.diagnostics.filter((d: { code: string }) => d.code === 'style/unused-suppression').map((d: { severity: string }) => d.severity), ['error']);
  assert.equal(status, 1);
});

test('VS Code settings override the file for one user', async () => {
  const server = await startServer({ workspaceFolder: dir, settings: { rules: { 'style/unused-suppression': 'off' } } });
  try {
    const uri = `file://${dir}/draft.resolution.md`;
    await server.open(uri, draft);
    assert.deepEqual(codes(await settled(server, uri, (ds) => codes(ds).length === 0)), []);
  } finally {
    await server.stop();
  }
});

test('in an untrusted workspace the file is not read', async () => {
  // The user's settings make the load observable (a reduced-mode notice as a warning).
  const settings = { maxDocumentSizeMB: 0.00001, rules: { 'structure/reduced-mode': 'warning' } };
  const server = await startServer({ workspaceFolder: dir, settings, initializationOptions: { workspaceTrusted: false } });
  try {
    const uri = `file://${dir}/draft.resolution.md`;
    await server.open(uri, draft);
    const ds = await settled(server, uri, (d) => has(d, 'structure/reduced-mode'));
    assert.deepEqual(codes(ds), [4], 'resolute.json would have made it an error');
  } finally {
    await server.stop();
  }
});

test('statistics and catalogue requests behind the commands', async () => {
  const server = await startServer();
  try {
    const uri = 'file:///tmp/stats.resolution.md';
    await server.open(uri, draft);
    await server.diagnosticsFor(uri, 1);
    const stats = await server.request<Record<string, number>>('resolute/statistics', { uri });
    assert.equal(stats['Preambular paragraphs'], 1);
    assert.equal(stats['Operative paragraphs'], 1);
    const cat = await server.request<{ number: number; date?: string }[]>('resolute/catalogue', {});
    assert.ok(cat.length >= 2825);
    assert.equal(cat.find((e) => e.number === 1373)?.date, '2001-09-28');
    assert.equal(await server.request('resolute/statistics', { uri: 'file:///nowhere' }), null);
  } finally {
    await server.stop();
  }
});
