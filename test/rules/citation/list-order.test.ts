import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/list-order';

test('a list out of chronological order is reported at the first item out of place', () => {
  expectFindings(CODE, `
Recalling its resolutions 2253 (2015), 1267 (1999) and 1989 (2011),
//                                     ^^^^^^^^^^^ citation/list-order
`);
});

test('in order, or consistently the most recent first, is fine', () => {
  expectFindings(CODE, `
Recalling its resolutions 1267 (1999), 1989 (2011) and 2253 (2015), and its resolutions 2253 (2015), 1989 (2011) and 1267 (1999), and resolutions 2253 (2015) and 1267 (1999),
`);
});

test('the fix sorts the items, keeping separators, dates and links in place', () => {
  expectFix(
    CODE,
    'Recalling its resolutions 2253 (2015), 1267 (1999) of 15 October 1999 and 1989 (2011),',
    'Recalling its resolutions 1267 (1999) of 15 October 1999, 1989 (2011) and 2253 (2015),',
  );
  expectFix(
    CODE,
    'Recalling its resolutions [2253 \\(2015\\)](#a), [1267 \\(1999\\)](#b) and 1989 (2011),',
    'Recalling its resolutions [1267 \\(1999\\)](#b), 1989 (2011) and [2253 \\(2015\\)](#a),',
  );
});
