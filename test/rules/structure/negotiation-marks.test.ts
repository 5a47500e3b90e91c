import { test } from 'node:test';
import { expectFindings } from '../../helpers/fixture';

const CODE = 'structure/negotiation-marks';

test('brackets and bis numbers are at home in a draft with its masthead', () => {
  expectFindings(CODE, `S/2017/615

United States of America: draft resolution

The Security Council,

1. [Decides/Requests] the Secretary-General [...] to report;

1 bis. *Urges* States to act;

2. *Decides* to remain seized of the matter.
`);
});

test('in a text without a draft masthead they are reported', () => {
  expectFindings(CODE, `The Security Council,

  1. *Requests* the Secretary-General [to report];
//                                    ^^^^^^^^^^^ structure/negotiation-marks

  1 bis. *Urges* States to act;
//^^^^^ structure/negotiation-marks

2. *Decides* to remain seized of the matter.
`);
});

test('a note before the first paragraph is read as the paragraphs are', () => {
  expectFindings(CODE, `The Security Council,

Note: the annex [to be completed] lists the measures.
//              ^^^^^^^^^^^^^^^^^ structure/negotiation-marks

1. *Decides* to remain seized of the matter.
`);
});
