import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { clearCleanTextCache, clearTextCaches, parse, type ResolutionDoc } from '../../server/src/core';
import { acronymsOf } from '../../server/src/core/acronyms';
import { citations } from '../../server/src/core/citations';
import { repoFile, ROOT } from '../helpers/fixture';

// Citations and acronyms are kept per paragraph text and seen through views that move their spans
// to where the paragraph now stands. A cold and a warm analysis share that code, so comparing them
// (incremental.test.ts) cannot see a view that moves a span wrongly: here every span must show the
// very words the model says it holds, far into a long text and after edits before it.

const files = readdirSync(join(ROOT, 'test/corpus/sc_md')).slice(0, 80);
// The corpus never defines "UN": one paragraph that does, so that the span of its removal is checked too.
const long = [...files.map((f) => repoFile(`test/corpus/sc_md/${f}`)), '*Welcoming* the role of the United Nations (UN) in this field,'].join('\n\n');

function assertSpansShowTheirWords(doc: ResolutionDoc): Record<'citations' | 'acronyms' | 'ga' | 'documents' | 'neverDefined', number> {
  const at = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
  const c = citations(doc);
  for (const x of c.sc) {
    assert.equal(at(x.numberSpan), String(x.number), `number at ${x.numberSpan.start}`);
    if (x.yearSpan && x.year !== undefined) assert.equal(at(x.yearSpan), String(x.year), `year at ${x.yearSpan.start}`);
    assert.ok(x.span.start <= x.numberSpan.start && x.numberSpan.end <= x.span.end, `citation at ${x.span.start}`);
  }
  for (const x of c.sc) if (x.gap) assert.equal(at(x.gap.span), x.gap.text, `gap at ${x.gap.span.start}`);
  for (const x of c.ga) {
    assert.ok(at(x.span).includes(String(x.number)), `General Assembly citation at ${x.span.start}`);
    if (x.sessionSpan) assert.match(at(x.sessionSpan), x.session !== undefined && /^\d+$/.test(at(x.sessionSpan)) ? new RegExp(`^0*${x.session}$`) : /^[IVXLC]+$/, `session at ${x.sessionSpan.start}`);
    if (x.yearSpan && x.year !== undefined) assert.equal(at(x.yearSpan), String(x.year), `year at ${x.yearSpan.start}`);
  }
  for (const x of c.documents) assert.ok(at(x.span).replace(/\s/g, '').includes(x.symbol.split('/').pop()!), `document at ${x.span.start}`);
  for (const l of c.lists) {
    for (const it of l.items) assert.ok(l.span.start <= it.span.start && it.span.end <= l.span.end, `list at ${l.span.start}`);
    if (l.noun) assert.equal(at(l.noun.span).toLowerCase(), l.noun.text.toLowerCase(), `noun at ${l.noun.span.start}`);
    for (const sep of l.separators) {
      const words = at(sep.span);
      if (sep.kind.includes('comma')) assert.ok(words.includes(','), `separator at ${sep.span.start}`);
      if (sep.kind.includes('and')) assert.ok(/\band\b/.test(words), `separator at ${sep.span.start}`);
      if (sep.kind === 'none') assert.equal(words.trim(), '', `separator at ${sep.span.start}`);
    }
  }
  for (const d of c.dates) assert.ok(at(d.yearSpan).startsWith(String(d.year)), `date at ${d.span.start}`);
  const table = acronymsOf(doc);
  let acronyms = 0;
  for (const e of table.entries.values()) {
    for (const u of e.uses) {
      assert.equal(at(u.span), u.written, `use at ${u.span.start}`);
      assert.equal(at(u.keySpan).toUpperCase(), u.key.toUpperCase(), `use key at ${u.keySpan.start}`);
      if (u.apostrophe) assert.match(at(u.apostrophe), /^['’]s$/, `apostrophe at ${u.apostrophe.start}`);
      acronyms++;
    }
    for (const d of e.definitions) {
      assert.equal(at(d.span), d.written, `definition at ${d.span.start}`);
      assert.ok(at(d.parens).startsWith('(') && at(d.parens).endsWith(')'), `parentheses at ${d.parens.start}`);
      assert.ok(d.whole.start <= d.parens.start && d.parens.end <= d.whole.end, `definition at ${d.whole.start}`);
      if (d.nameSpan) assert.ok(d.whole.start <= d.nameSpan.start && d.nameSpan.end <= d.whole.end && at(d.nameSpan).trim() !== '', `name at ${d.nameSpan.start}`);
      acronyms++;
    }
  }
  for (const n of table.never) {
    assert.equal(at(n.span), n.written, `“${n.written}” at ${n.span.start}`);
    if (n.definition) assert.match(at(n.definition), /^\s*\(.*\)$/, `its definition at ${n.definition.start}`);
  }
  return { citations: c.sc.length, acronyms, ga: c.ga.length, documents: c.documents.length, neverDefined: table.never.filter((n) => n.definition).length };
}

test('spans of citations and acronyms show their words, cold, far into a long text', () => {
  clearTextCaches();
  clearCleanTextCache();
  const seen = assertSpansShowTheirWords(parse(long));
  // The text must give the assertions something to hold.
  assert.ok(seen.citations > 500 && seen.acronyms > 300 && seen.ga > 0 && seen.documents > 20 && seen.neverDefined > 0, JSON.stringify(seen));
});

test('and after edits before them, when the views move what an earlier version found', () => {
  parse(long);
  const anchor = long.indexOf('Reaffirming');
  let text = long;
  for (const insert of ['x', 'xy', '', 'Recalling resolution 1373 (2001), ']) {
    text = long.slice(0, anchor) + insert + long.slice(anchor);
    assertSpansShowTheirWords(parse(text));
  }
  // Back to a shorter text: every view moves the other way.
  assertSpansShowTheirWords(parse(long.slice(0, anchor - 20) + long.slice(anchor)));
});
