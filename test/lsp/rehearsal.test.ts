// After a long draft's first check the server rehearses edits on a private copy (rehearsal.ts):
// it publishes nothing for them, stops when real work arrives, happens once per process, and
// leaves the next real edit's diagnostics equal to a full analysis from empty caches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { clearCleanTextCache, clearTextCaches, createResolutionService, parse } from '../../server/src/core';
import { REHEARSED_EDITS } from '../../server/src/lsp/rehearsal';
import { longDraft, startInProcess, type InProcessServer } from '../helpers/in-process-server';
import { waitFor } from '../helpers/lsp-client';

const REHEARSED = /^Rehearsed (\d+) edits/;
const rehearsals = (server: InProcessServer) => server.logs.map((l) => REHEARSED.exec(l)?.[1]).filter((n) => n !== undefined).map(Number);

/** Types "x" after the first "Reaffirming" (version 2) and returns the text as the server now has it. */
async function typeOnce(server: InProcessServer, uri: string, text: string): Promise<string> {
  const at = text.indexOf('Reaffirming');
  const td = TextDocument.create(uri, 'unres', 1, text);
  const position = td.positionAt(at);
  await server.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: position, end: position }, text: 'x' }] });
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
    // Absence can only be checked over a bounded wait.
    const until = Date.now() + 1000;
    await waitFor('a second', () => (Date.now() >= until ? true : undefined));
    assert.deepEqual(rehearsals(server), [REHEARSED_EDITS], 'rehearsed once per process');
  } finally {
    server.client.dispose();
  }
});

test('an edit stops the rehearsal and is checked as a full analysis would', async () => {
  const server = await startInProcess();
  try {
    const uri = 'file:///rehearsal/typed-at-once.resolution.md';
    const text = longDraft();
    await server.open(uri, text);
    await server.diagnosticsOf(uri, 1);
    const typed = await typeOnce(server, uri, text);
    const published = await server.diagnosticsOf(uri, 2);
    const [done] = await waitFor('the rehearsal to stop', () => (rehearsals(server).length ? rehearsals(server) : undefined));
    assert.ok(done < REHEARSED_EDITS, `stopped after ${done} of ${REHEARSED_EDITS} edits`);
    assert.deepEqual(published.diagnostics.map(key).sort(), fullAnalysis(uri, typed).sort());
  } finally {
    server.client.dispose();
  }
});
