import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnose, expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'structure/closing-paragraph';

test('"Decides to remain seized of the matter." and "actively seized" close a Security Council resolution', () => {
  expectFindings(CODE, 'The Security Council,\n\n1. *Urges* States to act;\n\n2. *Decides* to remain seized of the matter.\n');
  expectFindings(CODE, 'The Security Council,\n\n1. *Urges* States to act;\n\n2. *Decides* to remain actively seized of the matter.\n');
});

test('a Security Council resolution closing otherwise is reported as information, on the last number', () => {
  expectFindings(CODE, `The Security Council,

1. *Decides* to act;

  2. *Requests* the Secretary-General to report.
//^ structure/closing-paragraph
`);
  const d = diagnose('The Security Council,\n\n1. *Requests* a report.\n').find((x) => x.code === CODE)!;
  assert.equal(d.severity, 'information');
});

test('General Assembly resolutions do not use the formula', () => {
  expectFindings(CODE, 'The General Assembly,\n\n1. *Decides* to include the item in the provisional agenda of its eightieth session.\n');
});

test('the fix adds the closing paragraph with the next number, in italics in Markdown', () => {
  expectFix(CODE, 'The Security Council,\n\n1. *Requests* a report.\n', 'The Security Council,\n\n1. *Requests* a report;\n\n2. *Decides* to remain seized of the matter.\n');
  expectFix(CODE, 'The Security Council,\n\n1. Requests a report.\n', 'The Security Council,\n\n1. Requests a report;\n\n2. Decides to remain seized of the matter.\n', { format: 'plain' });
});
