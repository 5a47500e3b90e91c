// The structure features through the protocol, on the model resolution (S/RES/2370 (2017)).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEED } from '../helpers/fixture';
import { startServer, type TestServer } from '../helpers/lsp-client';

let server: TestServer;
let n = 0;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.stop();
});

/** Opens a text under a fresh name and waits for its first diagnostics. */
async function open(text: string): Promise<{ uri: string; td: TextDocument; diags: Diagnostic[] }> {
  const uri = `file:///tmp/structure-${++n}.resolution.md`;
  await server.open(uri, text);
  return { uri, td: TextDocument.create(uri, 'unres', 1, text), diags: await server.diagnosticsFor(uri, 1) };
}

const labels = (text: string) => [...text.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));

test('with operative paragraph 7 renumbered 8, structure/numbering is reported and the renumber fix restores 1 to 20', async () => {
  const seed = SEED();
  const broken = seed.replace('\n7. *Emphasizes*', '\n8. *Emphasizes*');
  assert.notEqual(broken, seed);
  const { uri, td, diags } = await open(broken);
  const numbering = diags.filter((d) => d.code === 'structure/numbering');
  assert.ok(numbering.length >= 1);
  assert.equal(numbering[0].severity, 1);
  assert.equal(broken.slice(td.offsetAt(numbering[0].range.start), td.offsetAt(numbering[0].range.end)), '8');
  assert.equal(td.positionAt(broken.indexOf('\n8. *Emphasizes*') + 1).line, numbering[0].range.start.line);
  const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: numbering[0].range, context: { diagnostics: [numbering[0]], only: ['quickfix'] } });
  const renumber = actions.find((a) => /Renumber/.test(a.title));
  assert.ok(renumber, actions.map((a) => a.title).join(' | '));
  assert.equal(renumber.isPreferred, true);
  const edits = (renumber.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
  const fixed = TextDocument.applyEdits(td, edits);
  assert.deepEqual(labels(fixed), Array.from({ length: 20 }, (_, i) => i + 1));
  assert.equal(fixed, seed);
});

test('a preambular paragraph ending with a semicolon is reported, and its fix writes the comma', async () => {
  const text = SEED().replace('in accordance with the Charter of the United Nations,', 'in accordance with the Charter of the United Nations;');
  const { uri, td, diags } = await open(text);
  const d = diags.find((x) => x.code === 'structure/paragraph-punctuation');
  assert.ok(d, diags.map((x) => x.code).join(', '));
  assert.equal(d.severity, 1);
  assert.equal(text.slice(td.offsetAt(d.range.start), td.offsetAt(d.range.end)), ';');
  assert.match(String(d.message), /preambular paragraph ends with a comma/);
  const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const fix = actions.find((a) => a.title === 'End the paragraph with a comma')!;
  assert.equal(TextDocument.applyEdits(td, (fix.edit!.documentChanges![0] as { edits: TextEdit[] }).edits), SEED());
});

test('the seed itself raises no structure error or warning', async () => {
  const { diags } = await open(SEED());
  assert.deepEqual(diags.filter((d) => /^(structure|style)\//.test(String(d.code)) && d.severity! <= 2).map((d) => `${d.code}: ${d.message}`), []);
});

async function completeAt(text: string, offset: number): Promise<CompletionItem[]> {
  const { uri, td } = await open(text);
  const r = await server.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri }, position: td.positionAt(offset) });
  return Array.isArray(r) ? r : r.items;
}

test('completion at the start of an operative paragraph offers Decides, Urges, Calls upon and Requests, with the next number', async () => {
  const seed = SEED();
  const text = seed.replace('\n\n20. *Decides*', '\n\n\n\n20. *Decides*');
  const offset = text.indexOf('\n\n\n\n20.') + 2;
  const items = await completeAt(text, offset);
  const byLabel = new Map(items.map((i) => [i.label, i]));
  for (const l of ['Decides', 'Urges', 'Calls upon', 'Requests']) assert.ok(byLabel.has(l), l);
  assert.equal((byLabel.get('Urges')!.textEdit as TextEdit).newText, '20. *Urges*');
  assert.equal((byLabel.get('Decides')!.documentation as { kind: string }).kind, 'markdown');
  const typed = await completeAt(`${seed}\n\n21. `, seed.length + 6);
  assert.equal((typed.find((i) => i.label === 'Requests')!.textEdit as TextEdit).newText, '*Requests*');
});

test('completion at the start of the preamble offers Recalling, Reaffirming and Gravely concerned', async () => {
  const seed = SEED();
  const text = seed.replace('The Security Council,\n\n', 'The Security Council,\n\n\n\n');
  const items = await completeAt(text, text.indexOf('The Security Council,') + 'The Security Council,\n\n'.length);
  const labels = items.map((i) => i.label);
  for (const l of ['Recalling', 'Reaffirming', 'Gravely concerned']) assert.ok(labels.includes(l), l);
  assert.ok(!labels.includes('Decides'));
});

test('hover, outline, folding and go to definition answer through the protocol', async () => {
  const text = SEED().replace('20. *Decides* to remain', '20. *Requests* a report on paragraph 6 (b) above;\n\n21. *Decides* to remain');
  const { uri, td } = await open(text);
  const hover = await server.request<Hover>('textDocument/hover', { textDocument: { uri }, position: td.positionAt(text.indexOf('*Directs*') + 2) });
  assert.match((hover.contents as { value: string }).value, /Article 29/);
  const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const operative = symbols.find((s) => s.name === 'Operative part')!;
  assert.equal(operative.children!.length, 21);
  assert.deepEqual(operative.children![5].children!.map((c) => c.name), ['(a) Ensure', '(b) Ensure', '(c) Encourage', '(d) Strengthen']);
  const folds = await server.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(folds.length >= 2);
  const defs = await server.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: td.positionAt(text.indexOf('6 (b) above')) });
  assert.equal(defs.length, 1);
  assert.ok(text.slice(td.offsetAt(defs[0].range.start)).startsWith('(b) Ensure proper physical security'));
});
