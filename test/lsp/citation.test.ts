import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CompletionItemKind, type CompletionItem, type CompletionList, type DocumentLink, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { SEED } from '../helpers/fixture';
import { startServer, type TestServer } from '../helpers/lsp-client';

let server: TestServer;
before(async () => {
  server = await startServer({ settings: { catalogue: { extra: [{ number: 2830, date: '2026-09-01', meeting: 10300, subject: 'Added by the user' }] } } });
});
after(async () => {
  await server.stop();
});

/** Line and character of the n-th occurrence of `needle`, plus `shift` characters. */
function position(text: string, needle: string, shift = 0, nth = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not found`);
  const before = text.slice(0, at + shift);
  const line = before.split('\n').length - 1;
  return { line, character: at + shift - (before.lastIndexOf('\n') + 1) };
}

/** The resolution items (other families complete phrases too). */
const items = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? [])).filter((i) => i.kind === CompletionItemKind.Reference);

test('hover on 1373 (2001) in the seed: adoption date, meeting, link', async () => {
  const uri = 'file:///tmp/citation-seed.resolution.md';
  const text = SEED();
  await server.open(uri, text);
  await server.diagnosticsFor(uri, 1);
  const h = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: position(text, '1373 (2001)', 2) });
  const value = (h?.contents as MarkupContent).value;
  assert.match(value, /28 September 2001/);
  assert.match(value, /4385/);
  assert.ok(value.includes('(https://undocs.org/S/RES/1373(2001))'));
  assert.doesNotMatch(value, /<[a-z]|command:/i);
});

test('hover on 60/288: session, period and link', async () => {
  const uri = 'file:///tmp/citation-seed.resolution.md';
  const h = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: position(SEED(), '60/288', 1) });
  const value = (h?.contents as MarkupContent).value;
  assert.match(value, /60th session: September 2005 to September 2006/);
  assert.ok(value.includes('(https://undocs.org/A/RES/60/288)'));
});

test('document links on every citation of the seed, only to undocs.org or documents.un.org', async () => {
  const uri = 'file:///tmp/citation-seed.resolution.md';
  const links = await server.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
  const targets = links.map((l) => l.target ?? '');
  assert.ok(targets.every((t) => t.startsWith('https://undocs.org/') || t.startsWith('https://documents.un.org/')), targets.join(' '));
  for (const t of ['https://undocs.org/S/RES/1373(2001)', 'https://undocs.org/S/RES/2368(2017)', 'https://undocs.org/A/RES/60/288', 'https://undocs.org/S/PV.8017']) {
    assert.ok(targets.includes(t), `no link to ${t}`);
  }
  // 17 resolution citations, 3 numbers of the committee's name, 60/288, the heading and its meeting.
  assert.equal(links.length, 23);
});

test('completion after "resolution 137" offers 1373 (2001), replacing the digits typed', async () => {
  const uri = 'file:///tmp/citation-complete.resolution.md';
  const text = 'The Security Council,\n\nRecalling its resolution 137';
  await server.open(uri, text);
  const end = position(text, '137', 3);
  const list = items(await server.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: end }));
  const item = list.find((i) => i.label === '1373 (2001)');
  assert.ok(item, list.map((i) => i.label).join(', '));
  assert.match(item.detail ?? '', /28 September 2001/);
  const edit = item.textEdit as { range: { start: { character: number }; end: { character: number } }; newText: string };
  assert.equal(edit.newText, '1373 (2001)');
  assert.equal(edit.range.end.character - edit.range.start.character, 3);
});

test('completion after "and " in a list, by a word of the subject, and from the user\'s catalogue', async () => {
  const uri = 'file:///tmp/citation-complete2.resolution.md';
  const text = 'The Security Council,\n\nRecalling its resolutions 1267 (1999) and 28\n\nRecalling its resolutions 1267 (1999), terrorist';
  await server.open(uri, text);
  const first = items(await server.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: position(text, ' 28', 3) }));
  assert.ok(first.some((i) => i.label === '2830 (2026)'), first.map((i) => i.label).join(', '));
  assert.ok(first.some((i) => i.label === '2825 (2026)'));
  const second = items(await server.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: position(text, 'terrorist', 9) }));
  assert.ok(second.length > 0 && second.every((i) => /terrorist/i.test(i.detail ?? '')), second.map((i) => i.detail).join(' | '));
});

test("the user's catalogue entries are checked, hovered and not reported as beyond the catalogue", async () => {
  const uri = 'file:///tmp/citation-extra.resolution.md';
  const text = 'The Security Council,\n\nRecalling its resolutions 2830 (2026) and 2831 (2026),\n';
  await server.open(uri, text);
  const diags = await server.diagnosticsFor(uri, 1);
  const cited = diags.filter((d) => String(d.code).startsWith('citation/'));
  assert.deepEqual(cited.map((d) => [d.code, d.range.start]), [['citation/beyond-catalogue', position(text, '2831')]]);
  const h = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: position(text, '2830', 1) });
  assert.match((h?.contents as MarkupContent).value, /Added by the user/);
});
