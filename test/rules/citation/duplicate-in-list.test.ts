import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/duplicate-in-list';

test('the same resolution twice in one list', () => {
  expectFindings(CODE, `
Recalling its resolutions 1267 (1999), 1373 (2001), 1267 (1999) and 60/288, 60/288,
//                                                  ^^^^^^^^^^^ citation/duplicate-in-list
//                                                                          ^^^^^^ citation/duplicate-in-list
`);
  expectFindings(CODE, `
Recalling General Assembly resolutions 60/288 and 60/288,
//                                                ^^^^^^ citation/duplicate-in-list
`);
});

test('the same resolution in two lists is fine', () => {
  expectFindings(CODE, `
Recalling its resolution 1373 (2001) and reaffirming its resolution 1373 (2001),
`);
});

test('the fix removes the repeated item with its separator', () => {
  expectFix(CODE, 'Recalling its resolutions 1267 (1999), 1373 (2001) and 1373 (2001),', 'Recalling its resolutions 1267 (1999), 1373 (2001),');
  expectFix(CODE, 'Recalling its resolutions [1267 \\(1999\\)](#), [1267 \\(1999\\)](#) and 1373 (2001),', 'Recalling its resolutions [1267 \\(1999\\)](#) and 1373 (2001),');
});
