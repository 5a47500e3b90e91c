import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/number-year-spacing';

test('a missing space, a double space or a comma between number and year', () => {
  expectFindings(CODE, String.raw`
Recalling its resolutions 1373(2001), 1624  (2005), 1738, (2006) and [2178\(2014\)](#),
//                        ^^^^^^^^^^ citation/number-year-spacing
//                                    ^^^^^^^^^^^^ citation/number-year-spacing
//                                                  ^^^^^^^^^^^^ citation/number-year-spacing
//                                                                    ^^^^^^^^^^^^ citation/number-year-spacing
`);
});

test('one space, a no-break space or a line break are fine', () => {
  expectFindings(CODE, 'Recalling its resolutions 1373 (2001), 1624\u00a0(2005) and 2178\n(2014),\n');
});

test('the fix writes one space, also inside a Markdown link with escapes', () => {
  expectFix(CODE, 'Recalling its resolution 1373(2001),', 'Recalling its resolution 1373 (2001),');
  expectFix(CODE, 'Recalling its resolution 1738, (2006),', 'Recalling its resolution 1738 (2006),');
  expectFix(CODE, 'Recalling its resolution [1373\\(2001\\)](#),', 'Recalling its resolution [1373 \\(2001\\)](#),');
});
