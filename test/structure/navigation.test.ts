import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse } from '../../server/src/core';
import { SEED } from '../helpers/fixture';

const service = createResolutionService();

test('hover on an operative verb: what it signals, its legal force, its use in the corpus, the sources', () => {
  const text = SEED();
  const doc = parse(text);
  const h = service.hover(doc, text.indexOf('*Directs*') + 2)!;
  assert.equal(text.slice(h.span.start, h.span.end), 'Directs');
  assert.match(h.markdown, /subsidiary bodies \(Article 29\)/);
  assert.match(h.markdown, /Opens an operative paragraph in \d+ of the 257/);
  assert.match(h.markdown, /PHR-04/);
  const reaffirms = service.hover(doc, text.indexOf('3. *Reaffirms*') + 5)!;
  assert.match(reaffirms.markdown, /^\*\*Reaffirms its intention\*\*/);
});

test('hover on a preambular opener, and nothing on the rest of the paragraph', () => {
  const text = SEED();
  const doc = parse(text);
  const at = text.indexOf('Noting with grave concern');
  const h = service.hover(doc, at + 8)!;
  assert.equal(text.slice(h.span.start, h.span.end), 'Noting with grave concern');
  assert.match(h.markdown, /preambular phrase/);
  assert.equal(service.hover(doc, at + 40), undefined);
});

test('go to definition on an internal reference jumps to the paragraph or sub-paragraph', () => {
  const text = SEED().replace('20. *Decides* to remain', '20. *Requests* a report on paragraphs 6 (b) and 16 above;\n\n21. *Decides* to remain');
  const doc = parse(text);
  const six = service.definition(doc, text.indexOf('6 (b) and'));
  assert.equal(six.length, 1);
  assert.ok(text.slice(six[0].start, six[0].end).startsWith('(b) Ensure proper physical security'));
  const sixteen = service.definition(doc, text.indexOf('16 above'));
  assert.ok(text.slice(sixteen[0].start, sixteen[0].end).startsWith('16. *Directs*'));
  const both = service.definition(doc, text.indexOf('paragraphs 6 (b)') + 2);
  assert.equal(both.length, 2);
  assert.deepEqual(service.definition(doc, text.indexOf('resolution 1373 (2001) and in particular')), []);
});
