import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/singular-resolution';

test('"resolution" before several numbers', () => {
  expectFindings(CODE, `
Demanding compliance in line with resolution 1265 (1999), 1296 (2000) and 1674 (2006),
//                                ^^^^^^^^^^ citation/singular-resolution
`);
});

test('the plural, one number, separate nouns, and "or" are fine', () => {
  expectFindings(CODE, `
Recalling its resolutions 1265 (1999) and 1296 (2000), resolution 1373 (2001), resolution 1701 (2006) and resolution 2046 (2012), and the Committee established pursuant to resolution 1267 (1999) or 1989 (2011),
`);
});

test('the fix writes the plural', () => {
  expectFix(CODE, 'In line with resolution 1265 (1999), 1296 (2000),', 'In line with resolutions 1265 (1999), 1296 (2000),');
});
