import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/ga-session-date';

test('a date outside the session of the resolution', () => {
  expectFindings(CODE, `
Recalling General Assembly resolution 60/288 of 8 September 2007 and resolution 3314 (XXIX) of 14 December 1975,
//                                              ^^^^^^^^^^^^^^^^ citation/ga-session-date
//                                                                                             ^^^^^^^^^^^^^^^^ citation/ga-session-date
`);
});

test('a year in parentheses outside the session', () => {
  expectFindings(CODE, `
Recalling General Assembly resolution 75/200 (2022),
//                                            ^^^^ citation/ga-session-date
`);
});

test('a September date fits either neighbouring session; other bodies numbered alike are left alone', () => {
  expectFindings(CODE, `
Recalling General Assembly resolutions 60/288 of 8 September 2006, 61/1 of 8 September 2006, 60/1 of 16 September 2005 and 75/200 (2020), Human Rights Council resolution 52/14 of 3 April 2023, the Human Rights Council in its resolution 53/28 of 4 April 2023, resolution 16/18 of 24 March 2011 and resolution 3314 (XXIX) of 14 December 1974,
`);
});

test('the fix takes the date from the General Assembly data when it has the resolution', () => {
  expectFix(CODE, 'Recalling General Assembly resolution 77/7 of 3 November 2023,', 'Recalling General Assembly resolution 77/7 of 3 November 2022,');
});
