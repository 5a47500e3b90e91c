// The browser build (vscode.dev, github.dev): dist/web/server.js runs as a real Web Worker in headless
// Chromium, served from 127.0.0.1, and speaks JSON-RPC through postMessage (message objects, no
// Content-Length frames), as vscode-languageclient/browser does. CI must install Chromium at
// /usr/bin/chromium (Debian/Ubuntu: apt-get install -y chromium).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { REDUCED_MODE } from '../../server/src/core/rules/meta';
import { ROOT, SEED } from '../helpers/fixture';
import { waitFor } from '../helpers/lsp-client';

const CHROMIUM = '/usr/bin/chromium';
const WORKER_JS = join(ROOT, 'dist', 'web', 'server.js');
const CLIENT_JS = join(ROOT, 'dist', 'web', 'client.js');
/** The seed (16 KB) is over this limit, so the server reports reduced mode: a diagnostic that needs no rule. */
const SETTINGS = { maxDocumentSizeMB: 0.01 };
const CAPABILITIES = {
  workspace: { configuration: true },
  textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
};

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

const request = (id: number, method: string, params: unknown): Message => ({ jsonrpc: '2.0', id, method, params });
const notification = (method: string, params: unknown): Message => ({ jsonrpc: '2.0', method, params });

/** What the page script keeps on window: the workers, and the bridge to this test. */
interface PageGlobals {
  workers: Record<string, Worker>;
  fromWorker(name: string, message: unknown): Promise<void>;
}

/** The rule pages, at /docs/rules/ (next to /dist/web/) and at /extension/docs/rules/ (a client-given URI). The pattern admits no "..". */
function docPage(url = ''): string | undefined {
  const m = /^(?:\/extension)?\/docs\/rules\/([a-z0-9/-]+\.md)$/.exec(url);
  const file = m ? join(ROOT, 'docs', 'rules', m[1]) : undefined;
  return file && existsSync(file) ? file : undefined;
}

let browser: Browser | undefined;
let http: Server | undefined;
let ready: Promise<{ page: Page; origin: string }> | undefined;
const peers = new Map<string, WorkerPeer>();

/** One browser and one page for the file; each test starts its own worker in it. */
function browserPage(): Promise<{ page: Page; origin: string }> {
  ready ??= (async () => {
    assert.ok(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}: the browser build is tested in it. Install it (apt-get install -y chromium).`);
    assert.ok(existsSync(WORKER_JS), `${WORKER_JS} is missing: run "npm run build" first.`);
    const worker = readFileSync(WORKER_JS);
    http = createServer((req, res) => {
      if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Resolute worker test</title>');
      else if (req.url === '/dist/web/server.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(worker);
      else if (docPage(req.url)) res.writeHead(200, { 'content-type': 'text/markdown' }).end(readFileSync(docPage(req.url)!));
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => http!.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage();
    page.on('pageerror', (e) => peers.forEach((p) => p.errors.push(`page: ${e.message}`)));
    await page.exposeFunction('fromWorker', (name: string, message: Message | { workerError: string }) => peers.get(name)?.receive(message));
    await page.goto(`${origin}/`);
    await page.evaluate(() => ((window as unknown as PageGlobals).workers = {}));
    return { page, origin };
  })();
  return ready;
}

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (http ? http.close(resolve) : resolve(undefined)));
});

/** The client's side of one worker: answers the server's requests and records what it sends. */
class WorkerPeer {
  readonly received: Message[] = [];
  readonly errors: string[] = [];
  /** The workspace files this client hands out (resolute/readWorkspaceFile), and the paths asked. */
  readonly files = new Map<string, string>();
  readonly asked: string[] = [];

  private constructor(private readonly page: Page, private readonly name: string) {}

  /** Creates the worker and posts the first messages at once, before its script has even run. */
  static async start(name: string, first: Message[], files: Record<string, string> = {}): Promise<WorkerPeer> {
    const { page } = await browserPage();
    const peer = new WorkerPeer(page, name);
    for (const [path, text] of Object.entries(files)) peer.files.set(path, text);
    peers.set(name, peer);
    await page.evaluate(
      ([name, first]) => {
        const g = window as unknown as PageGlobals;
        const w = new Worker('/dist/web/server.js');
        w.onmessage = (e) => void g.fromWorker(name, e.data);
        w.onerror = (e) => void g.fromWorker(name, { workerError: e.message });
        g.workers[name] = w;
        for (const m of first) w.postMessage(m);
      },
      [name, first] as const,
    );
    return peer;
  }

  receive(message: Message | { workerError: string }): void {
    if ('workerError' in message) return void this.errors.push(`worker: ${message.workerError}`);
    this.received.push(message);
    if (message.method === 'window/logMessage' && (message.params as { type: number }).type === 1) this.errors.push(`server: ${(message.params as { message: string }).message}`);
    if (message.id === undefined || !message.method) return;
    let result: unknown = null;
    if (message.method === 'workspace/configuration') result = (message.params as { items: unknown[] }).items.map(() => SETTINGS);
    if (message.method === 'resolute/readWorkspaceFile') {
      const path = (message.params as { path: string }).path;
      this.asked.push(path);
      result = this.files.get(path) ?? null;
    }
    void this.post({ jsonrpc: '2.0', id: message.id, result }).catch((e) => this.errors.push(String(e)));
  }

  post(message: Message): Promise<void> {
    return this.page.evaluate(([name, m]) => (window as unknown as PageGlobals).workers[name].postMessage(m), [this.name, message] as const);
  }

  response(id: number): Promise<Message> {
    return waitFor(`the answer to request ${id}`, () => this.received.find((m) => m.id === id && !m.method), 10_000);
  }

  published(uri: string): PublishDiagnosticsParams[] {
    return this.received.filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params as PublishDiagnosticsParams).filter((p) => p.uri === uri);
  }

  /** Waits for the reduced-mode diagnostic, which shows the client's settings reached the worker. */
  diagnosticsWithSettings(uri: string, version: number): Promise<Diagnostic[]> {
    return waitFor(
      `diagnostics for ${uri} v${version} with the client's settings`,
      () => this.published(uri).find((p) => p.version === version && p.diagnostics.some((d) => d.code === REDUCED_MODE.code))?.diagnostics,
      10_000,
    );
  }

  terminate(): Promise<void> {
    peers.delete(this.name);
    return this.page.evaluate((name) => (window as unknown as PageGlobals).workers[name].terminate(), this.name);
  }
}

/** Our diagnostics, each linked to its rule page under docsBase, which the page can fetch. */
async function assertOurs(diags: Diagnostic[], docsBase: string): Promise<void> {
  assert.ok(diags.length > 0);
  for (const d of diags) {
    assert.equal(d.source, 'resolute');
    assert.match(String(d.code), /^(citation|acronym|structure|style)\/[a-z0-9-]+$/);
    assert.equal(d.codeDescription?.href, `${docsBase}${d.code}.md`);
  }
  const { page } = await browserPage();
  const hrefs = [...new Set(diags.map((d) => d.codeDescription!.href))];
  const status = await page.evaluate((hrefs) => Promise.all(hrefs.map((h) => fetch(h).then((r) => r.status))), hrefs);
  assert.deepEqual(status, hrefs.map(() => 200), `rule pages: ${hrefs.join(', ')}`);
}

test('the worker answers initialize, checks the seed with the client settings, and answers hover', async () => {
  const uri = 'vscode-vfs://github/un/drafts/S-RES-2370-2017.resolution.md';
  const text = SEED();
  const { origin } = await browserPage();
  const docs = `${origin}/extension/docs/rules`;
  const w = await WorkerPeer.start('vscode', [
    request(1, 'initialize', {
      processId: null,
      rootUri: null,
      workspaceFolders: [{ uri: 'vscode-vfs://github/un/drafts', name: 'drafts' }],
      initializationOptions: { workspaceTrusted: true, ruleDocsUri: docs },
      capabilities: CAPABILITIES,
    }),
  ]);
  const init = await w.response(1);
  assert.equal(init.error, undefined);
  const { capabilities, serverInfo } = init.result as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
  assert.equal(serverInfo.name, 'resolute');
  assert.equal(capabilities.textDocumentSync, 2);
  assert.equal(capabilities.hoverProvider, true);

  await w.post(notification('initialized', {}));
  await w.post(notification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text } }));
  await assertOurs(await w.diagnosticsWithSettings(uri, 1), `${docs}/`);

  const line = text.split('\n').findIndex((l) => /resolution \d+ \(\d{4}\)/.test(l));
  assert.ok(line >= 0, 'the seed cites a resolution');
  await w.post(request(2, 'textDocument/hover', { textDocument: { uri }, position: { line, character: text.split('\n')[line].search(/resolution \d/) + 12 } }));
  const hover = await w.response(2);
  assert.equal(hover.error, undefined);
  assert.ok(hover.result === null || typeof (hover.result as { contents?: unknown }).contents === 'object', 'a hover or null');

  assert.deepEqual(w.errors, []);
  await w.terminate();
});

test('a burst of edits queued in the worker is checked once, at its last version; rule pages default to the bundle', async () => {
  const { origin } = await browserPage();
  const uri = 'untitled:Untitled-1';
  const text = SEED();
  const edits = [2, 3, 4, 5].map((version) =>
    notification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: `${text}${'\n'.repeat(version)}` }] }),
  );
  const w = await WorkerPeer.start('burst', [
    request(1, 'initialize', { processId: null, rootUri: null, workspaceFolders: null, capabilities: CAPABILITIES }),
    notification('initialized', {}),
    notification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text } }),
    ...edits,
  ]);
  assert.equal((await w.response(1)).error, undefined);
  await assertOurs(await w.diagnosticsWithSettings(uri, 5), `${origin}/docs/rules/`);
  assert.deepEqual([...new Set(w.published(uri).map((p) => p.version))], [5], 'only the last version is checked');
  assert.deepEqual(w.errors, []);
  await w.terminate();
});

test('resolute.json and the glossary reach the worker through its client', async () => {
  const uri = 'vscode-vfs://github/un/drafts/short.resolution.md';
  const text = 'The Security Council,\n\n*Recalling* the work of XYZQ and ABCW,\n\n1. *Decides* to remain seized of the matter.\n';
  const w = await WorkerPeer.start(
    'files',
    [
      request(1, 'initialize', { processId: null, rootUri: null, workspaceFolders: [{ uri: 'vscode-vfs://github/un/drafts', name: 'drafts' }], capabilities: CAPABILITIES }),
      notification('initialized', {}),
      notification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text } }),
    ],
    { 'resolute.json': '{ "rules": { "acronym/undefined": "error" }, "glossary": "terms.txt" }', 'terms.txt': 'ABCW = -\n' },
  );
  // The file raises acronym/undefined to an error; the glossary it names lets ABCW stand undefined.
  const diags = await waitFor(
    'acronym/undefined as an error',
    () => w.published(uri).find((p) => p.diagnostics.some((d) => d.code === 'acronym/undefined' && d.severity === 1))?.diagnostics,
    10_000,
  );
  assert.deepEqual(diags.filter((d) => d.code === 'acronym/undefined').map((d) => String(d.message).match(/“(\w+)”/)?.[1]), ['XYZQ']);
  assert.deepEqual(w.asked, ['resolute.json', 'terms.txt']);
  assert.deepEqual(w.errors, []);
  await w.terminate();
});

test('the browser bundles use no Node API', () => {
  for (const file of [WORKER_JS, CLIENT_JS]) assert.ok(existsSync(file), `${file} is missing: run "npm run build" first.`);
  const worker = readFileSync(WORKER_JS, 'utf8');
  assert.doesNotMatch(worker, /\brequire\s*\(/, 'the worker bundle calls require');
  assert.doesNotMatch(worker, /importMetaUrl|["']node:/, 'the worker bundle has the Node banner or a node: import');
  const client = readFileSync(CLIENT_JS, 'utf8');
  const requires = [...client.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1]);
  assert.ok(requires.length > 0 && requires.every((r) => r === '"vscode"'), `the web extension host provides only vscode: ${[...new Set(requires)].join(', ')}`);
  assert.doesNotMatch(client, /importMetaUrl/, 'the client bundle has the Node banner');
});
