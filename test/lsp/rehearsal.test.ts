// After a long draft's first check the server rehearses edits on a private copy (rehearsal.ts):
// it publishes nothing for them, stops when real work arrives, happens once per process, and
// leaves the next real edit's diagnostics equal to a full analysis from empty caches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { clearCleanTextCache, clearTextCaches, createResolutionService, parse } from '../../server/src/core';
import { REHEARSED_EDITS } from '../../server/src/lsp/rehearsal';
import { handTurnedDefer, longDraft, startInProcess, type InProcessServer } from '../helpers/in-process-server';
import { boundedWait, waitFor } from '../helpers/lsp-client';

const numbers = (server: InProcessServer, pattern: RegExp, from = 0) => server.logs.slice(from).map((l) => pattern.exec(l)?.[1]).filter((n) => n !== undefined).map(Number);
/** Rehearsals run to their end, with their number of edits. */
const rehearsals = (server: InProcessServer) => numbers(server, /^Rehearsed (\d+) edits/);
/** Rehearsals stopped by real work (logged from `from` on), with the edits done. */
const stopped = (server: InProcessServer, from = 0) => numbers(server, /^Rehearsal stopped after (\d+) of/, from);
const started = (server: InProcessServer) => server.logs.filter((l) => l.startsWith('Rehearsing')).length;

/** Types "x" before the first "Reaffirming" (as version 2, or the version given) and returns the text as the server now has it. */
async function typeOnce(server: InProcessServer, uri: string, text: string, version = 2): Promise<string> {
  const at = text.indexOf('Reaffirming');
  const td = TextDocument.create(uri, 'unres', 1, text);
  const position = td.positionAt(at);
  await server.client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text: 'x' }] });
  return text.slice(0, at) + 'x' + text.slice(at);
}

/** What a full analysis of text finds, from empty caches, in the protocol's terms. */
function fullAnalysis(uri: string, text: string): string[] {
  clearTextCaches();
  clearCleanTextCache();
  const td = TextDocument.create(uri, 'unres', 2, text);
  return createResolutionService().diagnostics(parse(text, 'markdown')).map((d) => key({ code: d.code, range: { start: td.positionAt(d.span.start), end: td.positionAt(d.span.end) }, message: d.message }));
}
const key = (d: Pick<Diagnostic, 'code' | 'range' | 'message'>) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`;

test('a long draft is rehearsed once, publishing nothing, and the next edit is checked as a full analysis would', async () => {
  const server = await startInProcess();
  try {
    const uri = 'file:///rehearsal/long.resolution.md';
    const text = longDraft();
    await server.open(uri, text);
    await server.diagnosticsOf(uri, 1);
    const [done] = await waitFor('the rehearsal', () => (rehearsals(server).length ? rehearsals(server) : undefined));
    assert.equal(done, REHEARSED_EDITS);
    // Version 1 may be published twice (the settings arrive after the draft); no other version is.
    assert.deepEqual([...new Set(server.published.filter((p) => p.uri === uri).map((p) => p.version))], [1], 'nothing published for the rehearsed versions');

    const typed = await typeOnce(server, uri, text);
    const published = await server.diagnosticsOf(uri, 2);
    assert.deepEqual(published.diagnostics.map(key).sort(), fullAnalysis(uri, typed).sort());

    // A second long draft, edited at once: a rehearsal would be stopped by the edit and say so.
    const other = 'file:///rehearsal/other.resolution.md';
    await server.open(other, text);
    await server.diagnosticsOf(other, 1);
    await typeOnce(server, other, text);
    await server.diagnosticsOf(other, 2);
    await boundedWait('a second', 1000);
    assert.deepEqual(rehearsals(server), [REHEARSED_EDITS], 'rehearsed once per process');
  } finally {
    server.client.dispose();
  }
});

test('an edit during the rehearsal stops it, and is checked as a full analysis would', async () => {
  // `defer` is a queue the test turns by hand, so that the edit certainly arrives mid-rehearsal.
  const { queue, defer, turnUntil } = handTurnedDefer();
  const server = await startInProcess({ defer, rehearsalDelayMs: 0 });
  try {
    const uri = 'file:///rehearsal/edited-meanwhile.resolution.md';
    const text = longDraft();
    await server.open(uri, text);
    await turnUntil('the first check', () => server.published.some((p) => p.uri === uri && p.version === 1));
    // A rehearsal under way (one started more than ended) and two answers into it. The settings
    // arriving after the draft may stop a first one: then the next is waited for.
    const running = () => started(server) > rehearsals(server).length + stopped(server).length;
    for (;;) {
      await turnUntil('a rehearsal under way', running);
      let answers = 0;
      await turnUntil('two answers into it', () => !running() || (queue.length > 0 && answers++ >= 2));
      if (running()) break;
    }
    const logged = server.logs.length;
    const typed = await typeOnce(server, uri, text);
    await turnUntil('the edit to be checked', () => server.published.some((p) => p.uri === uri && p.version === 2));
    await turnUntil('the rehearsal to stop', () => stopped(server, logged).length > 0);
    const [done] = stopped(server, logged);
    assert.ok(done < REHEARSED_EDITS, `stopped after ${done} of ${REHEARSED_EDITS} edits`);
    const published = await server.diagnosticsOf(uri, 2);
    assert.deepEqual(published.diagnostics.map(key).sort(), fullAnalysis(uri, typed).sort());
  } finally {
    server.client.dispose();
  }
});

test('a drafter who types at once is not made to wait: the rehearsal comes once the draft is left alone', async () => {
  const server = await startInProcess({ rehearsalDelayMs: 300 });
  try {
    const uri = 'file:///rehearsal/typed-at-once.resolution.md';
    const text = longDraft();
    await server.open(uri, text);
    await server.diagnosticsOf(uri, 1);
    await typeOnce(server, uri, text);
    await server.diagnosticsOf(uri, 2);
    assert.equal(started(server), 0, 'no rehearsal before the edit was checked');
    const [done] = await waitFor('the rehearsal', () => (rehearsals(server).length ? rehearsals(server) : undefined));
    assert.equal(done, REHEARSED_EDITS);
  } finally {
    server.client.dispose();
  }
});

test('a drafter who has typed as many edits as a rehearsal would needs none: the draft is released when quiet, unrehearsed', async () => {
  const releases: number[] = [];
  // A rehearsal only after a long pause: the edits come first.
  const server = await startInProcess({ rehearsalDelayMs: 60_000, quietMs: 200, releaseMemory: () => void releases.push(Date.now()) });
  try {
    const uri = 'file:///rehearsal/typed-enough.resolution.md';
    let text = longDraft();
    await server.open(uri, text);
    await server.diagnosticsOf(uri, 1);
    for (let version = 2; version <= REHEARSED_EDITS + 1; version++) {
      text = await typeOnce(server, uri, text, version);
      await server.diagnosticsOf(uri, version);
    }
    await waitFor('the release of the quiet draft', () => (releases.length ? releases : undefined));
    assert.equal(started(server), 0, 'no rehearsal');
    assert.ok(server.logs.includes(`No rehearsal: ${REHEARSED_EDITS} edits of a long draft have been checked.`), server.logs.join('\n'));
  } finally {
    server.client.dispose();
  }
});
