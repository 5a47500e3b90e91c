// The document model every rule and feature stands on: for any text, every paragraph,
// segment, label and clean-text mapping lies inside the document, paragraphs come in
// order without overlapping, and no word of the text is lost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LineIndex, parse } from '../../server/src/core';
import { applyEdits, corpus, edit, format, randomText } from './arbitraries';
import { modelIssues } from './invariants';

function lineIssues(text: string): string[] {
  const lines = new LineIndex(text);
  for (let o = 0; o <= text.length; o++) {
    const pos = lines.positionAt(o);
    const inBreak = text[o - 1] === '\r' && text[o] === '\n';
    if (!inBreak && lines.offsetAt(pos) !== o) return [`offset ${o} -> ${JSON.stringify(pos)} -> ${lines.offsetAt(pos)}`];
  }
  return [];
}

test('random drafts: the model lies inside the text, in order, and loses nothing', () => {
  fc.assert(
    fc.property(randomText, format, (text, fmt) => {
      assert.deepEqual(modelIssues(parse(text, fmt)), []);
      assert.deepEqual(lineIssues(text), []);
    }),
    { numRuns: 600 },
  );
});

const texts = corpus();

test('edited corpus texts: the model holds after every edit', () => {
  fc.assert(
    fc.property(fc.nat(texts.length - 1), fc.array(edit, { minLength: 1, maxLength: 8 }), (i, edits) => {
      assert.deepEqual(modelIssues(parse(applyEdits(texts[i].text, edits), texts[i].format)), []);
    }),
    { numRuns: 200 },
  );
});

test('every corpus text: the model holds', () => {
  assert.deepEqual(texts.flatMap((t) => modelIssues(parse(t.text, t.format)).map((i) => `${t.name}: ${i}`)), []);
});
