import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/date-format';

test('dates not written "2 August 2017"', () => {
  expectFindings(CODE, `
Adopted by the Security Council at its 8017th meeting, on August 2, 2017
//                                                        ^^^^^^^^^^^^^^ citation/date-format

The Security Council,

Recalling its resolutions 1373 (2001) of 28th September 2001, 1267 (1999) of 15 Oct. 1999 and 2253 (2015) of 07 December 2015,
//                                       ^^^^^^^^^^^^^^^^^^^ citation/date-format
//                                                                           ^^^^^^^^^^^^ citation/date-format
//                                                                                                           ^^^^^^^^^^^^^^^^ citation/date-format
`);
});

test('the United Nations form is fine', () => {
  expectFindings(CODE, `
Adopted by the Security Council at its 8017th meeting, on 2 August 2017

Recalling its resolution 1373 (2001) of 28 September 2001,
`);
});

test('the fix writes the date the United Nations way', () => {
  expectFix(CODE, 'Recalling its resolution 1373 (2001) of September 28, 2001,', 'Recalling its resolution 1373 (2001) of 28 September 2001,');
  expectFix(CODE, 'Recalling its resolution 1373 (2001) of 28th Sept. 2001,', 'Recalling its resolution 1373 (2001) of 28 September 2001,');
});
