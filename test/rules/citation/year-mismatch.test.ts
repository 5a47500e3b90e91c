import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnose, expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/year-mismatch';

test('a year that is not the adoption year is reported on the year', () => {
  const [d] = expectFindings(CODE, `
Recalling its resolution 1373 (2002),
//                             ^^^^ citation/year-mismatch
`);
  assert.match(d.message, /28 September 2001/);
});

test('in lists, bare citations, links, symbols and the heading', () => {
  expectFindings(CODE, String.raw`
Resolution 2370 (2016)
//               ^^^^ citation/year-mismatch

The Security Council,

Recalling its resolutions 1267 (1999), [1556 \(2005\)](#) and 2140 (2140), in particular 1500 (2004),
//                                             ^^^^ citation/year-mismatch
//                                                                  ^^^^ citation/year-mismatch
//                                                                                             ^^^^ citation/year-mismatch

Taking note of S/RES/1373 (2000),
//                         ^^^^ citation/year-mismatch
`);
});

test('without a year in parentheses, the year of the date counts', () => {
  expectFindings(CODE, `
Recalling its resolution 1255 of 30 July 2000,
//                                       ^^^^ citation/year-mismatch
`);
});

test('right years, a year written once for several numbers, and numbers without a year are fine', () => {
  expectFindings(CODE, `
Recalling its resolutions 1267 (1999), 1373 (2001), 425 and 426 (1978), and 242, 338, 1397, and 1515 (2003), and resolution 1701,
`);
});

test('a gap in the data reads as existing, with its year inferred from its neighbours', () => {
  expectFindings(CODE, `
Recalling its resolutions 2761 (2024), 2762 (2024) and 2763 (2024), and its resolution 2762 (2023),
//                                                                                           ^^^^ citation/year-mismatch
`);
});

test('the preferred fix writes the right year', () => {
  expectFix(CODE, 'Recalling its resolution 1373 (2002),', 'Recalling its resolution 1373 (2001),');
  expectFix(CODE, 'Recalling its resolution 1255 of 30 July 2000,', 'Recalling its resolution 1255 of 30 July 1999,');
});

test('"did you mean" fixes offer neighbouring numbers adopted in the year written', () => {
  const [d] = diagnose('Recalling its resolution 1556 (2005),').filter((x) => x.code === CODE);
  assert.deepEqual(
    d.fixes?.map((f) => f.title),
    ['Change the year to 2004', 'Did you mean resolution 1586 (2005)?', 'Did you mean resolution 1596 (2005)?'],
  );
  expectFix(CODE, 'Recalling its resolution 1556 (2005),', 'Recalling its resolution 1586 (2005),', { title: 'Did you mean resolution 1586 (2005)?' });
  expectFix(CODE, 'Recalling its resolution 2336 (2017),', 'Recalling its resolution 2337 (2017),', { title: 'Did you mean resolution 2337 (2017)?' });
});
