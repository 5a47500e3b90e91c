import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { snippetAsText } from '../../server/src/lsp/convert';
import { startServer } from '../helpers/lsp-client';

const draft = 'The Security Council,\n\n*Noting* the work of the ZQXW in the region,\n\n1. *Decides* to remain seized of the matter.\n';

test('snippet syntax becomes its placeholder text', () => {
  assert.equal(snippetAsText('${1:full name} (ZQXW)'), 'full name (ZQXW)');
  assert.equal(snippetAsText('a $1 b ${2} c \\$ d'), 'a  b  c $ d');
});

async function fixesFor(workspaceEdit?: Record<string, unknown>) {
  const server = await startServer({ workspaceEdit });
  try {
    const uri = 'file:///tmp/snippet.resolution.md';
    await server.open(uri, draft);
    const diags = await server.diagnosticsFor(uri, 1);
    const d = diags.find((x: Diagnostic) => x.code === 'acronym/undefined');
    assert.ok(d, 'ZQXW is an undefined acronym');
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const edits = actions.flatMap((a) => (a.edit?.documentChanges ?? []).flatMap((c) => ('edits' in c ? c.edits : [])));
    return edits as ({ newText?: string; snippet?: { kind: string; value: string } })[];
  } finally {
    await server.stop();
  }
}

test('a client without snippet edits gets plain text, never "${1:"', async () => {
  const edits = await fixesFor();
  assert.ok(edits.length > 0);
  assert.ok(edits.every((e) => typeof e.newText === 'string' && !e.newText.includes('${')), JSON.stringify(edits));
  assert.ok(edits.some((e) => e.newText === 'full name (ZQXW)'), JSON.stringify(edits));
});

test('a client with snippet edits gets the tab stop', async () => {
  const edits = await fixesFor({ snippetEditSupport: true });
  assert.ok(edits.some((e) => e.snippet?.kind === 'snippet' && e.snippet.value.includes('${1:')), JSON.stringify(edits));
});
