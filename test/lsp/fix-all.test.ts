import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { startServer } from '../helpers/lsp-client';

const draft = [
  'The Security Council,',
  '',
  '*Recalling* its resolution 1373 (2002),',
  '',
  '*Noting* the use of IED’s by terrorist groups;',
  '',
  '1. *Decides* to remain seized of the matter;',
  '',
].join('\n');

test('"Fix all safe problems" is one source.fixAll.resolute action whose edit clears the safe findings', async () => {
  const server = await startServer();
  try {
    const uri = 'file:///tmp/fixall.resolution.md';
    await server.open(uri, draft);
    const before = (await server.diagnosticsFor(uri, 1)) as Diagnostic[];
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.resolute'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.resolute');
    const change = actions[0].edit!.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] };
    assert.equal(change.textDocument.version, 1);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'unres', 1, draft), change.edits);
    await server.change(uri, 2, [{ text: fixed }]);
    const after = (await server.diagnosticsFor(uri, 2)) as Diagnostic[];
    const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 1).map((d) => d.code);
    const safeCodes = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'structure/paragraph-punctuation' || d.code === 'acronym/apostrophe').map((d) => d.code);
    assert.deepEqual(safeCodes(before).sort(), ['acronym/apostrophe', 'structure/paragraph-punctuation', 'structure/paragraph-punctuation']);
    assert.deepEqual(safeCodes(after), [], fixed);
    // The wrong year is not a safe fix (the number may be what is wrong): it stays for the drafter.
    assert.deepEqual(errors(after), ['citation/year-mismatch']);
    assert.match(fixed, /terrorist groups,\n/);
    assert.match(fixed, /seized of the matter\.\n/);
    // Of two overlapping fixes the one that rewrites "IED’s" whole goes first; "IED" is defined on the next pass.
    assert.match(fixed, /use of IEDs by/);
    // Only asked for quick fixes: no source action.
    const quick = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 40 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    assert.ok(quick.every((a) => a.kind === 'quickfix'));
  } finally {
    await server.stop();
  }
});

test('the renumber request behind "Resolute: Renumber operative paragraphs"', async () => {
  const server = await startServer();
  try {
    const uri = 'file:///tmp/renumber.resolution.md';
    const text = 'The Security Council,\n\n*Recalling* its resolution 1373 (2001),\n\n1. *Decides* to act, as set out in paragraph 3 below;\n\n3. *Requests* a report;\n\n4. *Decides* to remain seized of the matter.\n';
    await server.open(uri, text);
    await server.diagnosticsFor(uri, 1);
    const edit = await server.request<{ documentChanges: { edits: TextEdit[] }[] } | null>('resolute/renumber', { uri });
    assert.ok(edit);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'unres', 1, text), edit.documentChanges[0].edits);
    assert.match(fixed, /\n2\. \*Requests\*/);
    assert.match(fixed, /\n3\. \*Decides\* to remain/);
    assert.match(fixed, /paragraph 2 below/);
    await server.change(uri, 2, [{ text: fixed }]);
    assert.equal(await server.request('resolute/renumber', { uri }), null, 'nothing left to renumber');
  } finally {
    await server.stop();
  }
});
