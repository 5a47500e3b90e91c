import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/date-mismatch';

test('a date given with a resolution that is not its adoption date', () => {
  expectFindings(CODE, `
Recalling its resolutions 1373 (2001) of 12 September 2001 and 1425 (2002) of 22 January 2002, and General Assembly resolution 77/7 of 10 November 2022,
//                                       ^^^^^^^^^^^^^^^^^ citation/date-mismatch
//                                                                            ^^^^^^^^^^^^^^^ citation/date-mismatch
//                                                                                                                                     ^^^^^^^^^^^^^^^^ citation/date-mismatch
`);
});

test('the adoption date, the day after a meeting that ran past midnight, and wrong years (year-mismatch) are not reported here', () => {
  expectFindings(CODE, `
Recalling its resolutions 1373 (2001) of 28 September 2001, 338 (1973) of 22 October 1973, 1626 (2006) of 19 September 2006 and 1255 of 30 July 2000,
`);
});

test('without a record, the date must fall in the year cited', () => {
  expectFindings(CODE, `
Recalling its resolution 2830 (2026) of 4 January 2027,
//                                                ^^^^ citation/date-mismatch
`);
});

test('the fix writes the adoption date', () => {
  expectFix(CODE, 'Recalling its resolution 1373 (2001) of 12 September 2001,', 'Recalling its resolution 1373 (2001) of 28 September 2001,');
});
