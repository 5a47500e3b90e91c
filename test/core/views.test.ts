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
const long = files.map((f) => repoFile(`test/corpus/sc_md/${f}`)).join('\n\n');

function assertSpansShowTheirWords(doc: ResolutionDoc): { citations: number; acronyms: number } {
  const at = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
  const c = citations(doc);
  for (const x of c.sc) {
    assert.equal(at(x.numberSpan), String(x.number), `number at ${x.numberSpan.start}`);
    if (x.yearSpan && x.year !== undefined) assert.equal(at(x.yearSpan), String(x.year), `year at ${x.yearSpan.start}`);
    assert.ok(x.span.start <= x.numberSpan.start && x.numberSpan.end <= x.span.end, `citation at ${x.span.start}`);
  }
  for (const l of c.lists) for (const it of l.items) assert.ok(l.span.start <= it.span.start && it.span.end <= l.span.end, `list at ${l.span.start}`);
  for (const d of c.dates) assert.ok(at(d.yearSpan).startsWith(String(d.year)), `date at ${d.span.start}`);
  const table = acronymsOf(doc);
  let acronyms = 0;
  for (const e of table.entries.values()) {
    for (const u of e.uses) {
      assert.equal(at(u.span), u.written, `use at ${u.span.start}`);
      assert.equal(at(u.keySpan).toUpperCase(), u.key.toUpperCase(), `use key at ${u.keySpan.start}`);
      acronyms++;
    }
    for (const d of e.definitions) {
      assert.equal(at(d.span), d.written, `definition at ${d.span.start}`);
      assert.ok(at(d.parens).startsWith('(') && at(d.parens).endsWith(')'), `parentheses at ${d.parens.start}`);
      acronyms++;
    }
  }
  return { citations: c.sc.length, acronyms };
}

test('spans of citations and acronyms show their words, cold, far into a long text', () => {
  clearTextCaches();
  clearCleanTextCache();
  const seen = assertSpansShowTheirWords(parse(long));
  // The text must give the assertions something to hold.
  assert.ok(seen.citations > 500 && seen.acronyms > 300, JSON.stringify(seen));
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
