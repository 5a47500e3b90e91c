import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse, type SourceFormat } from '../../server/src/core';

const service = createResolutionService();

/** Completion where "|" stands in the text. */
function complete(src: string, format: SourceFormat = 'markdown') {
  const at = src.indexOf('|');
  const text = src.slice(0, at) + src.slice(at + 1);
  return { items: service.complete(parse(text, format), at), text, at };
}

test('at the start of the preamble: the preambular phrases, most used first, italic in Markdown', () => {
  const { items } = complete('The Security Council,\n\n|');
  const labels = items.map((i) => i.label);
  for (const l of ['Recalling', 'Reaffirming', 'Gravely concerned']) assert.ok(labels.includes(l), l);
  assert.ok(!labels.includes('Decides'));
  const recalling = items.find((i) => i.label === 'Recalling')!;
  assert.equal(recalling.insertText, '*Recalling*');
  assert.equal(recalling.kind, 'phrase');
  assert.match(recalling.documentation!, /Opens a preambular paragraph in \d+ of the 257 adopted Security Council resolutions/);
  const sorted = [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
  assert.equal(sorted[0].label, 'Recalling');
});

test('in the operative part: the operative verbs with the next number, which is not repeated when typed', () => {
  const { items } = complete('The Security Council,\n\n*Recalling* a,\n\n1. *Decides* b;\n\n2. *Urges* c;\n\n|');
  const labels = items.map((i) => i.label);
  for (const l of ['Decides', 'Urges', 'Calls upon', 'Requests']) assert.ok(labels.includes(l), l);
  assert.equal(items.find((i) => i.label === 'Calls upon')!.insertText, '3. *Calls upon*');
  assert.match(items.find((i) => i.label === 'Decides')!.documentation!, /Article 25/);
  const typed = complete('The Security Council,\n\n1. *Decides* b;\n\n2. |');
  assert.equal(typed.items.find((i) => i.label === 'Requests')!.insertText, '*Requests*');
  const plain = complete('The Security Council,\n\n1. Decides b;\n\n2. |', 'plain');
  assert.equal(plain.items.find((i) => i.label === 'Requests')!.insertText, 'Requests');
});

test('the typed first letters are replaced, and the filter text matches them', () => {
  const { items, text, at } = complete('The Security Council,\n\n*Recalling* a,\n\n1. *Decides* b;\n\n*Enc|');
  const item = items.find((i) => i.label === 'Encourages')!;
  assert.equal(text.slice(item.replace.start, item.replace.end), '*Enc');
  assert.equal(item.replace.end, at);
  assert.ok(item.filterText!.startsWith('*Enc'));
  assert.equal(item.insertText, '2. *Encourages*');
});

test('after the last preambular paragraph, with no operative part yet, the verbs come with "1."', () => {
  const { items } = complete('The Security Council,\n\n*Recalling* a,\n\n|');
  assert.equal(items.find((i) => i.label === 'Decides')!.insertText, '1. *Decides*');
  assert.ok(items.some((i) => i.label === 'Reaffirming'));
});

test('nothing inside a paragraph, right under a line of text, in the heading or in an annex', () => {
  assert.deepEqual(complete('The Security Council,\n\n*Recalling* its res|olution,\n').items, []);
  assert.deepEqual(complete('The Security Council,\n\n*Recalling* a,\n|').items, []);
  assert.deepEqual(complete('Resolution 2370 (2017)\n\n|\n\nThe Security Council,\n\n1. *Decides* a.\n').items, []);
  assert.deepEqual(complete('The Security Council,\n\n1. *Decides* a.\n\nAnnex\n\nTerms of reference\n\n|').items, []);
});
