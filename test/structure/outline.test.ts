import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse } from '../../server/src/core';
import { SEED } from '../helpers/fixture';

const service = createResolutionService();

test('one node per annex, sub-headings among the operative paragraphs, kinds and ranges', () => {
  const text = `Resolution 9999 (2030)

The Security Council,

*Recalling* its resolution 1373 (2001),

1. *Decides* a;

Mandate

2. *Decides* to remain seized of the matter.

Annex

Terms of reference

Annex II

Guidelines
`;
  const symbols = service.symbols(parse(text));
  assert.deepEqual(symbols.map((s) => `${s.kind} ${s.name}`), ['heading Resolution 9999 (2030)', 'part Preamble', 'part Operative part', 'annex Annex', 'annex Annex II']);
  assert.deepEqual(symbols[2].children.map((c) => `${c.kind} ${c.name}`), ['paragraph 1. Decides', 'subheading Mandate', 'paragraph 2. Decides']);
  assert.equal(text.slice(symbols[3].span.start, symbols[3].span.end), 'Annex\n\nTerms of reference');
  for (const s of symbols) {
    assert.ok(s.selection.start >= s.span.start && s.selection.end <= s.span.end, s.name);
  }
});

test('folding ranges: the preamble, each operative paragraph with its sub-paragraphs, each annex', () => {
  const doc = parse(SEED());
  const folds = service.folding(doc);
  assert.equal(folds.length, 1 + 20);
  const text = doc.text;
  assert.ok(text.slice(folds[0].span.start, folds[0].span.end).startsWith('Recalling its resolutions 1267'));
  assert.ok(text.slice(folds[0].span.start, folds[0].span.end).endsWith('United Nations system,'));
  const six = text.slice(folds[6].span.start, folds[6].span.end);
  assert.ok(six.startsWith('6. *Urges*') && six.endsWith('organized crime and terrorism;'), six.slice(-40));
  const withAnnex = service.folding(parse('The Security Council,\n\n1. *Decides* a.\n\nAnnex\n\nText one\n\nText two\n'));
  assert.equal(withAnnex.length, 2);
});
