// Every editor feature (hover, completion, links, symbols, folding, definition,
// references, rename) at random offsets of random drafts and edited real texts: it never
// throws, its spans lie inside the text, and its Markdown is safe to show untrusted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse } from '../../server/src/core';
import { SEED } from '../helpers/fixture';
import { applyEdits, at, corpus, edit, format, fractions, randomText } from './arbitraries';
import { featureIssues, markdownIssues, recordingService } from './invariants';

const { service, failures } = recordingService();
const texts = corpus();

test('random drafts: every feature at random offsets holds', () => {
  fc.assert(
    fc.property(randomText, format, fractions(12), (text, fmt, where) => {
      const doc = parse(text, fmt);
      assert.deepEqual(featureIssues(service, failures, doc, where.map((f) => at(f, text))), []);
    }),
    { numRuns: 250 },
  );
});

test('edited corpus texts: every feature at random offsets holds', () => {
  fc.assert(
    fc.property(fc.nat(texts.length - 1), fc.array(edit, { maxLength: 6 }), fractions(25), (i, edits, where) => {
      const text = applyEdits(texts[i].text, edits);
      const doc = parse(text, texts[i].format);
      assert.deepEqual(featureIssues(service, failures, doc, where.map((f) => at(f, text))), []);
    }),
    { numRuns: 80 },
  );
});

test('the seed: hover and completion at every word, links and symbols are safe', () => {
  const text = SEED();
  const starts = [...text.matchAll(/\S+/g)].flatMap((m) => [m.index, m.index + Math.floor(m[0].length / 2), m.index + m[0].length]);
  assert.ok(starts.length > 1000);
  assert.deepEqual(featureIssues(service, failures, parse(text, 'markdown'), starts), []);
});

test('the Markdown check catches HTML, command links and foreign links', () => {
  // If this check accepted anything, the properties above could not fail.
  for (const bad of ['<b>x</b>', '<img src=x>', '[run](command:workbench.action.quit)', '<command:x>', 'see https://example.com/x', '[a](http://undocs.org/x)', '[a]: javascript:alert(1)']) {
    assert.notDeepEqual(markdownIssues(bad, 'sample'), [], bad);
  }
  for (const good of ['**1373 (2001)**, adopted 28 September 2001', '[S/RES/1373 (2001)](https://undocs.org/S/RES/1373(2001))', 'a < b and `<code>`', '<https://documents.un.org/doc/x>']) {
    assert.deepEqual(markdownIssues(good, 'sample'), [], good);
  }
});

const ALLOWED_LINK = /^https:\/\/(?:undocs\.org|documents\.un\.org)\//;

test('every corpus text: document links, and hovers on every number, lead only to the UN document system', (t) => {
  let hovers = 0;
  let links = 0;
  const issues = texts.flatMap(({ name, text, format: fmt }) => {
    const doc = parse(text, fmt);
    const found = service.links(doc);
    links += found.length;
    const out = found.filter((l) => !ALLOWED_LINK.test(l.target)).map((l) => `${name}: link to ${l.target}`);
    for (const m of text.matchAll(/\d+/g)) {
      const h = service.hover(doc, m.index);
      hovers++;
      if (h) out.push(...markdownIssues(h.markdown, `${name} hover @${m.index}`));
    }
    return out;
  });
  assert.deepEqual(issues, []);
  t.diagnostic(`${texts.length} texts, ${hovers} hover positions, ${links} document links`);
});
