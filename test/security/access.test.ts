// What the server touches, watched from inside its process: a preload script records every
// file it reads or looks at and every attempt to reach the network or start a program. In a
// trusted workspace it reads resolute.json and the glossary, nothing else; in an untrusted one
// nothing at all; never the network.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createResolutionService, parse } from '../../server/src/core';
import { readWorkspaceSettings } from '../../server/src/node/workspace-files';
import { ROOT, SEED } from '../helpers/fixture';
import { startServer, waitFor } from '../helpers/lsp-client';
import { featureRequests } from '../fuzz/hostile';

const dir = mkdtempSync(join(tmpdir(), 'resolute-access-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TRACE = 'RESOLUTE-TRACE';
const preload = join(dir, 'trace.cjs');
writeFileSync(
  preload,
  // Loading the server's own bundle is not traced: the watch starts once the main module has run.
  `let on = false;
setImmediate(() => (on = true));
const trace = (kind, what) => on && process.stderr.write('${TRACE} ' + kind + ' ' + String(what) + '\\n');
function watch(mod, names, kind) {
  const m = require(mod);
  for (const n of names) {
    const orig = m[n];
    if (typeof orig === 'function') m[n] = function (...a) { trace(kind, n + ' ' + (typeof a[0] === 'object' ? JSON.stringify(a[0]) : a[0])); return orig.apply(this, a); };
  }
}
watch('fs', ['readFile', 'readFileSync', 'open', 'openSync', 'createReadStream', 'readdir', 'readdirSync', 'stat', 'statSync', 'lstat', 'lstatSync', 'realpath', 'realpathSync', 'existsSync', 'access', 'accessSync', 'opendir', 'watch', 'watchFile'], 'file');
watch('fs/promises', ['readFile', 'open', 'readdir', 'stat', 'lstat', 'realpath', 'access', 'opendir', 'watch'], 'file');
watch('net', ['connect', 'createConnection'], 'network');
watch('tls', ['connect'], 'network');
watch('http', ['request', 'get'], 'network');
watch('https', ['request', 'get'], 'network');
watch('dns', ['lookup', 'resolve', 'resolve4', 'resolve6'], 'network');
watch('dgram', ['createSocket'], 'network');
watch('child_process', ['spawn', 'exec', 'execFile', 'fork', 'spawnSync', 'execSync', 'execFileSync'], 'process');
const socketConnect = require('net').Socket.prototype.connect;
require('net').Socket.prototype.connect = function (...a) { trace('network', 'socket ' + JSON.stringify(a[0])); return socketConnect.apply(this, a); };
if (globalThis.fetch) { const f = globalThis.fetch; globalThis.fetch = (...a) => { trace('network', 'fetch ' + a[0]); return f(...a); }; }
`,
);

// A workspace whose configuration changes a severity: the effect shows whether it was read.
const ws = join(dir, 'workspace');
mkdirSync(ws);
// The seed with a wrong year in one citation, so that a rule reports under the same (tiny) size
// limit as the sessions below (only citation and numbering checks run): resolute.json turns it off.
const DRAFT = SEED().replace('1373 (2001)', '1373 (2002)');
const turnedOff = createResolutionService({ settings: { maxDocumentSize: 1024 } })
  .diagnostics(parse(DRAFT, 'markdown'))
  .find((d) => d.code !== 'structure/reduced-mode')?.code;
writeFileSync(join(ws, 'resolute.json'), JSON.stringify({ rules: { 'structure/reduced-mode': 'hint', ...(turnedOff && { [turnedOff]: 'off' }) }, glossary: 'team-glossary.txt' }));
writeFileSync(join(ws, 'team-glossary.txt'), 'UNOCT = United Nations Office of Counter-Terrorism\n');
writeFileSync(join(ws, 'private-notes.txt'), 'not for the server\n');
writeFileSync(join(ws, 'draft.resolution.md'), DRAFT);

const pathOf = (line: string) => line.replace(/^file \w+ /, '');

/** One editing session under the trace: open, every feature, a reload of the settings; returns what was touched. */
async function session(initializationOptions?: unknown): Promise<{ touched: string[]; severity: number | undefined; codes: string[] }> {
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${saved ?? ''} --require ${preload}`.trim();
  // A tiny size limit in the user's settings makes every draft "large", so the reduced-mode notice
  // appears once the settings are loaded; resolute.json, if read, makes it a hint (4) instead of information (3).
  const server = await startServer({ workspaceFolder: ws, initializationOptions, settings: { maxDocumentSizeMB: 0.001 } });
  if (saved === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = saved;
  try {
    const uri = `file://${ws}/draft.resolution.md`;
    const mine = () => server.published.filter((p) => p.uri === uri);
    const notice = () => mine().at(-1)?.diagnostics.find((d) => d.code === 'structure/reduced-mode');
    await server.open(uri, DRAFT);
    await waitFor('the settings to load', () => notice());
    for (const [method, params] of featureRequests(uri, { line: 20, character: 40 })) await server.request(method, params).catch(() => undefined);
    // The files changed on disk: the server reloads its settings and checks the draft again.
    const count = mine().length;
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${ws}/resolute.json`, type: 2 }] });
    await waitFor('the check after the reload', () => (mine().length > count ? true : undefined));
    const touched = server
      .stderr()
      .split('\n')
      .filter((l) => l.startsWith(TRACE))
      .map((l) => l.slice(TRACE.length + 1))
      // The server's own core, which it loads at the first document (server/src/node/core-on-demand.ts).
      .filter((l) => pathOf(l) !== join(ROOT, 'dist', 'core.js'));
    return { touched, severity: notice()?.severity, codes: mine().at(-1)!.diagnostics.map((d) => String(d.code)) };
  } finally {
    await server.stop();
  }
}

test('the trace sees what it watches (a network call, a file read, a program)', () => {
  const probe = `require('fs').readFileSync(${JSON.stringify(preload)}); require('http').get('http://127.0.0.1:9').on('error', () => {}); require('child_process').spawnSync('true');`;
  const out = spawnSync(process.execPath, ['--require', preload, '-e', `setImmediate(() => { ${probe} })`], { encoding: 'utf8' });
  const kinds = out.stderr.split('\n').filter((l) => l.startsWith(TRACE)).map((l) => l.split(' ')[1]);
  assert.deepEqual([...new Set(kinds)].sort(), ['file', 'network', 'process']);
});

const allowed = new Set([ws, join(ws, 'resolute.json'), join(ws, 'team-glossary.txt')]);

test('trusted workspace: resolute.json and the glossary are read, nothing else, no network', async () => {
  const { touched, severity, codes } = await session();
  assert.ok(touched.some((l) => l.endsWith('resolute.json')), `the trace saw the configuration being read: ${touched.join(' | ')}`);
  assert.ok(touched.some((l) => l.endsWith('team-glossary.txt')));
  assert.equal(severity, 4, 'resolute.json made the notice a hint');
  assert.ok(turnedOff, 'the draft needs a finding that resolute.json can turn off');
  assert.ok(!codes.includes(turnedOff), `resolute.json turned ${turnedOff} off`);
  assert.deepEqual(touched.filter((l) => !l.startsWith('file ') || !allowed.has(pathOf(l))), []);
});

test('untrusted workspace: no file is read at all, and the configuration has no effect', async () => {
  const { touched, severity, codes } = await session({ workspaceTrusted: false });
  assert.deepEqual(touched, []);
  assert.equal(severity, 3, 'resolute.json was not read: the notice keeps its own severity');
  assert.ok(turnedOff && codes.includes(turnedOff), `${turnedOff} still reports`);
});

test('a configuration file or glossary that leaves the workspace is refused', async () => {
  const outside = join(dir, 'outside-glossary.txt');
  writeFileSync(outside, 'SECRET = read from outside\n');
  const cases: [string, string][] = [
    ['../outside-glossary.txt', 'a path up and out'],
    [outside, 'an absolute path'],
    ['link-glossary.txt', 'a symbolic link that points out'],
  ];
  const root = join(dir, 'refusing');
  mkdirSync(root);
  symlinkSync(outside, join(root, 'link-glossary.txt'));
  for (const [glossary, what] of cases) {
    writeFileSync(join(root, 'resolute.json'), JSON.stringify({ glossary }));
    const problems: string[] = [];
    const settings = await readWorkspaceSettings(root, problems);
    assert.deepEqual(settings.glossary, {}, what);
    assert.ok(problems.some((p) => p.includes('leaves the workspace')), `${what}: ${problems.join(' | ')}`);
  }
  // A resolute.json that is itself a link out of the workspace is not read either.
  const linked = join(dir, 'linked');
  mkdirSync(linked);
  writeFileSync(join(dir, 'outside.json'), JSON.stringify({ rules: { 'style/x': 'off' } }));
  symlinkSync(join(dir, 'outside.json'), join(linked, 'resolute.json'));
  const problems: string[] = [];
  assert.deepEqual((await readWorkspaceSettings(linked, problems)).rules, undefined);
  assert.ok(problems.some((p) => p.includes('leaves the workspace')));
  // A glossary inside the workspace is read.
  writeFileSync(join(root, 'resolute.json'), JSON.stringify({ glossary: 'inside.txt' }));
  writeFileSync(join(root, 'inside.txt'), 'UNOCT = United Nations Office of Counter-Terrorism\n');
  assert.deepEqual((await readWorkspaceSettings(root)).glossary, { UNOCT: 'United Nations Office of Counter-Terrorism' });
});

test('the manifest declares limited support for untrusted workspaces, naming the files it skips', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const untrusted = manifest.capabilities?.untrustedWorkspaces;
  assert.equal(untrusted?.supported, 'limited');
  assert.match(untrusted.description, /resolute\.json/);
  assert.match(untrusted.description, /glossary/);
});
