import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse } from '../../server/src/core';

// A fragment without "The Security Council," or a masthead: the organ comes from resolute.json ("organ").
const fragment = '*Welcoming* the work of the UN entities in the region and their partners,\n\n1. *Requests* a report;\n\n2. *Decides* to consider the matter further.\n';
const codes = (organ?: 'SC' | 'GA') =>
  createResolutionService({ settings: organ ? { organ } : {} })
    .diagnostics(parse(fragment))
    .filter((d) => d.code === 'acronym/never-abbreviated' || d.code === 'structure/closing-paragraph')
    .map((d) => `${d.code} ${d.severity}`)
    .sort();

test('the configured organ fills in for every rule where the text names none', () => {
  assert.equal(parse(fragment).organ, undefined);
  assert.deepEqual(codes('SC'), ['acronym/never-abbreviated information', 'structure/closing-paragraph information']);
  assert.deepEqual(codes('GA'), ['acronym/never-abbreviated warning']);
});

test('the text wins over the setting', () => {
  const sc = `The Security Council,\n\n${fragment}`;
  const d = createResolutionService({ settings: { organ: 'GA' } }).diagnostics(parse(sc));
  assert.ok(d.some((x) => x.code === 'structure/closing-paragraph'));
});
