import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'acronym/unused';

test('an acronym defined and never used is a hint, marked unnecessary', () => {
  const [d] = expectFindings(CODE, `
The Security Council,

Emphasizing the Global Counter-Terrorism Strategy (GCTS) and the Counter-Terrorism Committee (CTC),
//                                                 ^^^^ acronym/unused

1. *Requests* the CTC to report;
`);
  assert.equal(d.severity, 'hint');
  assert.deepEqual(d.tags, ['unnecessary']);
});

test('used once after its definition: fine', () => {
  expectFindings(CODE, `
The Security Council,

Emphasizing the Global Counter-Terrorism Strategy (GCTS),

1. *Calls for* the implementation of the GCTS;
`);
});

test('the fix removes the parentheses, and keeps an alias', () => {
  expectFix(CODE, 'The Security Council,\n\nEmphasizing the Global Counter-Terrorism Strategy (GCTS),\n', 'The Security Council,\n\nEmphasizing the Global Counter-Terrorism Strategy,\n');
  expectFix(
    CODE,
    'The Security Council,\n\nCondemning the Islamic State in Iraq and the Levant (ISIL, also known as Da’esh),\n',
    'The Security Council,\n\nCondemning the Islamic State in Iraq and the Levant (also known as Da’esh),\n',
  );
});

