// Analysis never throws and every range it reports lies inside the document, on
// UTF-16 boundaries, for random drafts and for random edits of real texts. Every rule
// in RULES runs, so a rule added later is held to the same properties.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { RULES } from '../../server/src/core';
import { applyEdits, corpus, edit, format, randomText } from './arbitraries';
import { analysisIssues, recordingService } from './invariants';

const { service, failures } = recordingService();
const texts = corpus();

test(`random drafts: no rule of ${RULES.length} throws, every range is inside the text and on a character boundary`, () => {
  fc.assert(
    fc.property(randomText, format, (text, fmt) => {
      assert.deepEqual(analysisIssues(service, failures, text, fmt).issues, []);
    }),
    { numRuns: 400 },
  );
});

test(`random edits of the seed and ${texts.length - 1} corpus texts: the same holds after every edit`, () => {
  fc.assert(
    fc.property(fc.nat(texts.length - 1), fc.array(edit, { minLength: 1, maxLength: 8 }), (i, edits) => {
      const { text, format: fmt } = texts[i];
      assert.deepEqual(analysisIssues(service, failures, applyEdits(text, edits), fmt).issues, []);
    }),
    { numRuns: 120 },
  );
});

test('every corpus text as it is: analysis holds', () => {
  const issues = texts.flatMap((t) => analysisIssues(service, failures, t.text, t.format).issues.map((i) => `${t.name}: ${i}`));
  assert.deepEqual(issues, []);
});

test('the checks report what they should: a span outside the text and a split surrogate pair are caught', () => {
  // Guards the guards: if these helpers accepted anything, the properties above could not fail.
  const bad = recordingService({ rules: [{ code: 'style/test-bad-span', defaultSeverity: 'warning', description: 'test rule', check: ({ doc }) => [{ code: 'x', span: { start: 1, end: doc.text.length + 5 }, message: 'm' }] }] });
  assert.notDeepEqual(analysisIssues(bad.service, bad.failures, 'ab😀c', 'plain').issues, []);
  const split = recordingService({ rules: [{ code: 'style/test-split', defaultSeverity: 'warning', description: 'test rule', check: () => [{ code: 'x', span: { start: 0, end: 3 }, message: 'm' }] }] });
  assert.notDeepEqual(analysisIssues(split.service, split.failures, 'ab😀c', 'plain').issues, []);
});
