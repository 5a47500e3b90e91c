// The acronym features through the protocol, on the model resolution (S/RES/2370 (2017)).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CodeAction, Diagnostic, Hover, Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEED } from '../helpers/fixture';
import { startServer, type TestServer } from '../helpers/lsp-client';

const uri = 'file:///tmp/acronym-seed.resolution.md';
const text = SEED();
const td = TextDocument.create(uri, 'unres', 1, text);
let server: TestServer;
let diags: Diagnostic[];

before(async () => {
  server = await startServer();
  await server.open(uri, text);
  diags = await server.diagnosticsFor(uri, 1);
});
after(async () => {
  await server.stop();
});

const at = (needle: string, from = 0) => td.positionAt(text.indexOf(needle, from));
const word = (r: Range) => text.slice(td.offsetAt(r.start), td.offsetAt(r.end));
const ofCode = (code: string) => diags.filter((d) => d.code === code);

test('acronym/undefined on UNOCT in operative paragraph 17, and on no other token', () => {
  const undef = ofCode('acronym/undefined');
  assert.deepEqual(undef.map((d) => word(d.range)), ['UNOCT']);
  assert.equal(undef[0].range.start.line, at('17. *Encourages*').line);
  assert.equal(undef[0].severity, 2);
});

test('the quick fix inserts “United Nations Office of Counter-Terrorism (UNOCT)”', async () => {
  const d = ofCode('acronym/undefined')[0];
  const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const fix = actions.find((a) => a.diagnostics?.[0]?.code === 'acronym/undefined' && a.isPreferred);
  assert.ok(fix, actions.map((a) => a.title).join(' | '));
  const edits = (fix.edit as WorkspaceEdit).documentChanges!.flatMap((c) => ('edits' in c ? (c.edits as TextEdit[]) : []));
  assert.deepEqual(edits.map((e) => [word(e.range), e.newText]), [['UNOCT', 'United Nations Office of Counter-Terrorism (UNOCT)']]);
});

test('“IED\'s” flagged, UNODA’s second definition reported, “UN entities” reported', () => {
  assert.deepEqual(ofCode('acronym/apostrophe').map((d) => word(d.range)), ["IED's"]);
  const unoda = ofCode('acronym/conflicting-definition').filter((d) => word(d.range) === 'UNODA');
  assert.equal(unoda.length, 1);
  assert.equal(unoda[0].range.start.line, at('19. *Encourages*').line);
  const un = ofCode('acronym/never-abbreviated');
  assert.deepEqual(un.map((d) => text.slice(td.offsetAt(d.range.start), td.offsetAt(d.range.end) + 9)), ['UN entities']);
});

test('hover on CTED shows its expansion and where it is defined', async () => {
  const h = await server.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at('CTED, as well as the UNOCT') });
  const md = (h.contents as { value: string }).value;
  assert.match(md, /\*\*CTED\*\*: Counter Terrorism Committee Executive Directorate/);
  assert.match(md, /Defined in preambular paragraph 21; defined again in operative paragraph 16/);
  assert.match(md, /Official name: Counter\\-Terrorism Committee Executive Directorate/);
});

test('go to definition, find references, rename across the document', async () => {
  const use = at('CTC, with the support of CTED');
  const defs = await server.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: use });
  assert.deepEqual(defs.map((l) => [word(l.range), l.range.start.line]), [['CTC', at('Counter-Terrorism Committee (CTC)').line]]);
  const refs = await server.request<Location[]>('textDocument/references', { textDocument: { uri }, position: use, context: { includeDeclaration: true } });
  assert.deepEqual(refs.map((l) => word(l.range)), ['CTC', 'CTC', 'CTC']);
  const iedUse = at('IEDs, and enhance');
  const range = await server.request<Range>('textDocument/prepareRename', { textDocument: { uri }, position: iedUse });
  assert.equal(word(range), 'IED');
  const edit = await server.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: iedUse, newName: 'XED' });
  const edits = edit.documentChanges!.flatMap((c) => ('edits' in c ? (c.edits as TextEdit[]) : []));
  const renamed = TextDocument.applyEdits(td, edits);
  assert.ok(renamed.includes('improvised explosive device (XED) components') && renamed.includes('threats of XEDs') && renamed.includes("(XED's)"));
  assert.ok(!/\bIED/.test(renamed));
});
