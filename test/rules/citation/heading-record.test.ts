import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/heading-record';

test('adoption date and meeting that differ from the catalogue', () => {
  expectFindings(CODE, `
Resolution 2370 (2017)

Adopted by the Security Council at its 8018th meeting, on 5 August 2017
//                                     ^^^^^^ citation/heading-record
//                                                        ^^^^^^^^^^^^^ citation/heading-record
`);
  expectFindings(CODE, `
Resolution 242 (1967) of 29 November 1967
//                       ^^^^^^^^^^^^^^^^ citation/heading-record
`);
});

test('the record, a date one day off (meetings past midnight), and numbers outside the catalogue are fine', () => {
  expectFindings(CODE, `
Resolution 2370 (2017)

Adopted by the Security Council at its 8017th meeting, on 3 August 2017
`);
  expectFindings(CODE, `
Resolution 2830 (2026)

Adopted by the Security Council at its 10200th meeting, on 2 July 2026
`);
});

test('the fixes write the record', () => {
  const text = 'Resolution 2370 (2017)\n\nAdopted by the Security Council at its 8018th meeting, on 2 August 2017\n';
  expectFix(CODE, text, text.replace('8018th', '8017th'));
  const dated = 'Resolution 2370 (2017)\n\nAdopted by the Security Council at its 8017th meeting, on 5 August 2017\n';
  expectFix(CODE, dated, dated.replace('5 August', '2 August'));
});
