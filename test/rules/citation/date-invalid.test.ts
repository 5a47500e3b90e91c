import { test } from 'node:test';
import { expectFindings } from '../../helpers/fixture';

const CODE = 'citation/date-invalid';

test('a day that does not exist, in a citation or the heading', () => {
  expectFindings(CODE, `
Resolution 2370 (2017)

Adopted by the Security Council at its 8017th meeting, on 31 June 2017
//                                                        ^^^^^^^^^^^^ citation/date-invalid

The Security Council,

Recalling its resolutions 1373 (2001) of 31 September 2001 and 2253 (2015) of 29 February 2015,
//                                       ^^^^^^^^^^^^^^^^^ citation/date-invalid
//                                                                            ^^^^^^^^^^^^^^^^ citation/date-invalid
`);
});

test('real days, leap days included, are fine', () => {
  expectFindings(CODE, 'Recalling its resolutions 1373 (2001) of 28 September 2001, and resolution 2270 (2016) of 2 March 2016 adopted after 29 February 2016,');
});
