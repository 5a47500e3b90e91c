import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../server/src/core';
import { SEED } from '../helpers/fixture';

test('the seed: organ, 21 preambular and 20 operative paragraphs', () => {
  const doc = parse(SEED());
  assert.equal(doc.organ, 'SC');
  assert.equal(doc.isDraft, false);
  assert.equal(doc.preamble.length, 21);
  assert.deepEqual(doc.operative.map((p) => p.label?.value), Array.from({ length: 20 }, (_, i) => i + 1));
});

test('the seed: paragraph 6 has sub-paragraphs (a) to (d), no other paragraph has any', () => {
  const doc = parse(SEED());
  assert.deepEqual(doc.operative[5].children.map((c) => c.label?.raw), ['a', 'b', 'c', 'd']);
  assert.ok(doc.operative[5].children.every((c) => c.level === 1));
  assert.equal(doc.operative.filter((p) => p.children.length).length, 1);
});

test('the seed: page breaks do not split paragraphs', () => {
  const doc = parse(SEED());
  const condemning = doc.preamble.find((p) => p.clean.text.startsWith('Strongly condemning'));
  assert.ok(condemning);
  assert.equal(condemning.segments.length, 2);
  assert.match(condemning.clean.text, /prevent and disrupt procurement networks/);
  assert.ok(condemning.clean.text.endsWith('entities,'));
  const op12 = doc.operative[11];
  assert.equal(op12.segments.length, 2);
  assert.match(op12.clean.text, /manufacturing of and trafficking in small arms/);
  assert.ok(op12.clean.text.endsWith('awareness-raising;'));
});

test('the seed: clean text drops Markdown but maps back to the source', () => {
  const text = SEED();
  const doc = parse(text);
  const p = doc.preamble.find((x) => x.clean.text.startsWith('Reaffirming its resolution 1373'))!;
  const i = p.clean.text.indexOf('1373 (2001)');
  const s = p.clean.toSource({ start: i, end: i + 11 });
  assert.equal(text.slice(s.start, s.end), '1373 \\(2001\\)');
  const op1 = doc.operative[0];
  assert.equal(op1.clean.text.slice(op1.opener!.start, op1.opener!.end), 'Reaffirms its decision in resolution 1373 (2001)');
});
