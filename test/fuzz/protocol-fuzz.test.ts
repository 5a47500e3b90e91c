// Hundreds of hostile edits over one server process: NUL, lone surrogates, RTL text, emoji,
// a paste of more than 5 MB, deep brackets, a list of 10,000 citations, bursts of edits and
// requests at random and impossible positions. Each answer must come within 5 seconds (a
// hang detector, not a benchmark); at the end the server is alive, answers a hover, and its
// diagnostics are those of the same text analysed in this process (nothing lost or garbled).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { createResolutionService, formatForPath, parse } from '../../server/src/core';
import { SEED } from '../helpers/fixture';
import { startServer, type TestServer } from '../helpers/lsp-client';
import { citationList, compilation, deepBrackets, featureRequests, smallEdits } from './hostile';

const ANSWER_MS = 5000;
const EDITS = 300;
const SEED_NUMBER = Number(process.env.RESOLUTE_FUZZ_SEED ?? 20170802);
const uri = 'file:///fuzz/draft.resolution.md';

let server: TestServer;
let mirror: TextDocument;
let slowest = { ms: 0, what: '' };

before(async () => {
  server = await startServer();
  mirror = TextDocument.create(uri, 'unres', 1, SEED());
  await server.open(uri, mirror.getText());
  await server.diagnosticsFor(uri, 1, ANSWER_MS);
});
after(async () => {
  await server.stop();
});

/** Fails if the server has not answered within the deadline. */
async function answered<T>(what: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_MS} ms: ${what} (seed ${SEED_NUMBER})`)), ANSWER_MS);
  });
  try {
    return await Promise.race([run(), timeout]);
  } finally {
    clearTimeout(timer);
    const ms = Date.now() - started;
    if (ms > slowest.ms) slowest = { ms, what };
  }
}

/** Sends one change to the server and applies it to the mirror, as an editor does. */
async function change(c: TextDocumentContentChangeEvent): Promise<number> {
  const version = mirror.version + 1;
  mirror = TextDocument.update(mirror, [c], version);
  await server.change(uri, version, [c]);
  return version;
}

const rangeChange = (start: number, end: number, text: string): TextDocumentContentChangeEvent => ({
  range: { start: mirror.positionAt(start), end: mirror.positionAt(end) },
  text,
});

async function edited(what: string, c: TextDocumentContentChangeEvent): Promise<Diagnostic[]> {
  const version = await change(c);
  return answered(`diagnostics after ${what} (v${version})`, () => server.diagnosticsFor(uri, version, ANSWER_MS + 1000));
}

function randomPosition(k: number): Position {
  if (k % 17 === 0) return { line: 1e6, character: 1e6 };
  if (k % 19 === 0) return { line: -1, character: -5 };
  return mirror.positionAt(Math.floor(((k * 7919) % 1000) / 1000 * (mirror.getText().length + 1)));
}

test(`${EDITS} hostile edits over one server process, each answered within ${ANSWER_MS / 1000} s`, { timeout: 240_000 }, async (t) => {
  const small = smallEdits(EDITS, SEED_NUMBER);
  let sent = 0;
  const done = new Set<string>();
  /** Each large event once, when the count of edits reaches its place. */
  const due = (what: string, at: number) => sent >= at && !done.has(what) && done.add(what);
  const next = () => small[sent++];
  while (sent < EDITS) {
    const i = sent;
    if (due('paste', 100)) {
      // A whole compilation pasted into the draft: over the 5 MB limit, checked in reduced mode.
      const paste = compilation(5.3 * 1024 * 1024);
      const ds = await edited('a 5 MB paste', rangeChange(mirror.getText().length, mirror.getText().length, paste));
      assert.ok(ds.some((d) => d.code === 'structure/reduced-mode'), 'the big paste is checked in reduced mode');
      sent++;
      for (let k = 0; k < 3; k++, sent++) await edited('an edit in the 5 MB text', rangeChange(k * 1000, k * 1000, '\u0000😀\ud800'));
      await answered('hover in the 5 MB text', () => server.request('textDocument/hover', { textDocument: { uri }, position: { line: 40000, character: 3 } }));
      await edited('removing the paste', { text: SEED() });
      sent++;
      continue;
    }
    if (due('brackets', 150)) {
      await edited('deep brackets', rangeChange(mirror.getText().length >> 1, mirror.getText().length >> 1, deepBrackets(20000)));
      sent++;
      continue;
    }
    if (due('citations', 200)) {
      const at = mirror.getText().length;
      const list = citationList(10000);
      await edited('a list of 10,000 citations', rangeChange(at, at, list));
      for (const [method, params] of featureRequests(uri, mirror.positionAt(at + list.length / 2))) await answered(`${method} in the citation list`, () => server.request(method, params));
      await edited('removing the list', rangeChange(at, at + list.length, ''));
      sent += 2;
      continue;
    }
    if (i % 25 === 24) {
      // A burst: only the last version is checked; the others must never be published late.
      const versions: number[] = [];
      for (let k = 0; k < 5 && sent < EDITS; k++) versions.push(await change(toChange(next())));
      await answered('diagnostics after a burst', () => server.diagnosticsFor(uri, versions[versions.length - 1], ANSWER_MS + 1000));
      continue;
    }
    await edited(`edit ${i}`, toChange(next()));
    if (i % 3 === 0) {
      const [method, params] = featureRequests(uri, randomPosition(i))[i % 10];
      await answered(`${method} after edit ${i}`, () => server.request(method, params));
    }
  }
  assert.deepEqual([...done].sort(), ['brackets', 'citations', 'paste']);
  assert.equal(server.process.exitCode, null, 'the server is still running');

  // Still answering a hover, and the same hover the core gives for the same text.
  const text = mirror.getText() + '\n\n*Recalling* its resolution 1373 (2001),\n';
  await edited('a citation at the end', { text });
  const offset = text.lastIndexOf('1373') + 1;
  const hover = await answered('the final hover', () => server.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: mirror.positionAt(offset) }));
  const service = createResolutionService();
  const doc = parse(text, formatForPath(uri));
  assert.equal(hover !== null, service.hover(doc, offset) !== undefined, 'the server and the core agree on the hover');

  // Nothing lost or garbled: the server's diagnostics are the core's for the mirror's text.
  const published = server.published.filter((p) => p.uri === uri && p.version === mirror.version).at(-1)!.diagnostics;
  const key = (code: unknown, r: { start: Position; end: Position }) => `${String(code)} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  const expected = service.diagnostics(doc).map((d) => key(d.code, { start: mirror.positionAt(d.span.start), end: mirror.positionAt(d.span.end) }));
  assert.deepEqual(published.map((d) => key(d.code, d.range)).sort(), expected.sort());
  assert.ok(!server.published.some((p) => p.uri === uri && p.version !== undefined && p.version > mirror.version), 'no diagnostics for a version never sent');
  t.diagnostic(`${sent} edits, seed ${SEED_NUMBER}, ${expected.length} diagnostics compared at the end, slowest answer ${slowest.ms} ms (${slowest.what})`);
});

function toChange(e: { at: number; remove: number; insert: string; full: boolean }): TextDocumentContentChangeEvent {
  const text = mirror.getText();
  if (e.full) return { text: text.slice(0, Math.floor(e.at * text.length)) + e.insert + text.slice(Math.floor(e.at * text.length)) };
  const start = Math.min(text.length, Math.floor(e.at * text.length));
  return rangeChange(start, Math.min(text.length, start + e.remove), e.insert);
}
