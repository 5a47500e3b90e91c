// The defects the property and fuzz tests found, each kept as the smallest case that showed it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../server/src/core';
import { analysisIssues, applyTextEdits, fixIssues, modelIssues, recordingService } from './invariants';

test('a lone unnumbered operative paragraph keeps its sub-paragraphs (they were dropped from the document)', () => {
  // Found by "random drafts: the model ... loses nothing": promoting the only operative
  // paragraph rebuilt it without its children, so "(a)" belonged to no paragraph.
  const doc = parse('The Security Council,\n\nthe*Requests* \n(a) ', 'markdown');
  assert.deepEqual(modelIssues(doc), []);
  assert.equal(doc.operative.length, 1);
  assert.deepEqual(doc.operative[0].children.map((c) => c.label?.raw), ['a']);
});

test('an underlined run of punctuation is no opening phrase (it gave an empty opener)', () => {
  assert.deepEqual(modelIssues(parse('<u>,</u>', 'markdown')), []);
});

test('a span computed on clean text never cuts an emoji in two (paragraph-punctuation marked half a flag)', () => {
  // Found by "random drafts: ... on a character boundary": the last character of the
  // paragraph was the second half of 🇳, so the finding covered half a surrogate pair.
  // Fixed once for every rule in CleanText.toSource.
  const text = '\ufeffThe Security Council,\r\n\r\n🇺🇳';
  const { service, failures } = recordingService();
  assert.deepEqual(analysisIssues(service, failures, text, 'markdown').issues, []);
  const p = parse(text, 'markdown').all.at(-1)!;
  const last = p.clean.text.length - 1;
  assert.deepEqual(p.clean.toSource({ start: last, end: last + 1 }), { start: text.length - 2, end: text.length });
  assert.deepEqual(p.clean.toSource({ start: last - 1, end: last }), { start: text.length - 2, end: text.length });
});

test('the closing-paragraph fix turns the right full stop into a semicolon (it left it, adding an error)', () => {
  // Found by "edited corpus texts: ... adds no error" on an adopted text: unnumbered text
  // after the last paragraph ("-----"), or a closing quote after its full stop, hid the full stop.
  const { service, failures } = recordingService();
  for (const text of [
    'The Security Council,\n\n1. *Requests* the Secretary-General to report.\n\n-----\n',
    'The Security Council,\n\n1. *Requests* the Secretary-General to report on “the situation.”\n',
    'The Security Council,\n\n2. \u0000',
  ]) {
    const d = service.diagnostics(parse(text, 'markdown')).find((x) => x.code === 'structure/closing-paragraph');
    assert.ok(d?.fixes?.length, text);
    assert.deepEqual(fixIssues(service, failures, text, 'markdown', d, d.fixes[0]), [], text);
  }
});

test('renumbering a text that starts at "5 bis" gives 1, not "1 bis" (the finding stayed)', () => {
  // Found by "random drafts: each offered fix ... removes its finding".
  const { service, failures } = recordingService();
  const text = 'The Security Council,\n\n5 bis. *Decides* to remain seized of the matter.\n';
  const d = service.diagnostics(parse(text, 'markdown')).find((x) => x.code === 'structure/numbering' && x.fixes?.some((f) => /Renumber/.test(f.title)));
  assert.ok(d);
  const fixed = applyTextEdits(text, d.fixes!.find((f) => /Renumber/.test(f.title))!.edits);
  assert.equal(fixed, 'The Security Council,\n\n1. *Decides* to remain seized of the matter.\n');
  assert.deepEqual(analysisIssues(service, failures, fixed, 'markdown').diagnostics.filter((x) => x.code === 'structure/numbering'), []);
});

test('a heading year that the catalogue confirms is not "fixed" to a wrong adoption year (it created a year-mismatch error)', () => {
  // Found by "edited corpus texts: ... adds no error": an edit put a 2017 adoption line under
  // "Resolution 1998 (2011)"; the fix changed the heading to 1998 (2017), which the catalogue contradicts.
  const { service, failures } = recordingService();
  const text = 'Resolution 1998 (2011)\n\nAdopted by the Security Council at its 8017th meeting, on 2 August 2017\n\nThe Security Council,\n';
  const found = service.diagnostics(parse(text, 'markdown')).filter((x) => x.code === 'citation/heading-year');
  for (const d of found) for (const fix of d.fixes ?? []) assert.deepEqual(fixIssues(service, failures, text, 'markdown', d, fix), []);
});
