import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/ordinal-suffix';

test('a wrong or missing ordinal suffix in the adoption line', () => {
  expectFindings(CODE, `
Adopted by the Security Council at its 8017rd meeting, on 2 August 2017
//                                         ^^ citation/ordinal-suffix
`);
  expectFindings(CODE, `
Adopted by the Security Council at its 7111st meeting, on 13 February 2014
//                                         ^^ citation/ordinal-suffix
`);
  expectFindings(CODE, `
Adopted unanimously at the 1382 meeting.
//                         ^^^^ citation/ordinal-suffix
`);
});

test('right suffixes are fine', () => {
  for (const m of ['4385th', '7451st', '7783rd', '8052nd', '1382nd', '7111th', '7112th', '7113th']) {
    expectFindings(CODE, `Adopted by the Security Council at its ${m} meeting, on 2 August 2017\n`);
  }
});

test('the fix writes the right suffix', () => {
  expectFix(CODE, 'Adopted by the Security Council at its 8017rd meeting, on 2 August 2017\n', 'Adopted by the Security Council at its 8017th meeting, on 2 August 2017\n');
  expectFix(CODE, 'Adopted by the Security Council at its 8017 meeting, on 2 August 2017\n', 'Adopted by the Security Council at its 8017th meeting, on 2 August 2017\n');
});
