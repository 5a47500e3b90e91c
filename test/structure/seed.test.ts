// Issue 5 acceptance on the model text, resolution 2370 (2017).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse } from '../../server/src/core';
import { SEED } from '../helpers/fixture';

const service = () => createResolutionService({ settings: { today: '2026-11-27' } });

test('the seed raises no structure error or warning', () => {
  const found = service().diagnostics(parse(SEED())).filter((d) => /^(structure|style)\//.test(d.code) && (d.severity === 'error' || d.severity === 'warning'));
  assert.deepEqual(found.map((d) => `${d.code}: ${d.message}`), []);
});

test('the seed outline: heading, preamble by opener, 20 numbered operative paragraphs, (a) to (d) under paragraph 6', () => {
  const symbols = service().symbols(parse(SEED()));
  assert.deepEqual(symbols.map((s) => s.name), ['Resolution 2370 (2017)', 'Preamble', 'Operative part']);
  const [, preamble, operative] = symbols;
  assert.equal(preamble.children.length, 21);
  assert.equal(preamble.children[6].name, 'Gravely concerned');
  assert.equal(operative.children.length, 20);
  assert.deepEqual(operative.children.map((c) => Number(c.name.split('.')[0])), Array.from({ length: 20 }, (_, i) => i + 1));
  assert.equal(operative.children[5].name, '6. Urges');
  assert.deepEqual(operative.children[5].children.map((c) => c.name), ['(a) Ensure', '(b) Ensure', '(c) Encourage', '(d) Strengthen']);
  assert.ok(operative.children.every((c, i) => i === 5 || c.children.length === 0));
});
