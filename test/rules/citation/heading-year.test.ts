import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/heading-year';

const HEADING = `
Resolution 2830 (2026)
//               ^^^^ citation/heading-year

Adopted by the Security Council at its 10200th meeting, on 5 January 2027

The Security Council,
`;

test('the year of the heading differs from the adoption date', () => {
  expectFindings(CODE, HEADING);
  expectFindings(CODE, `
Resolution 2831 (2026) of 2 January 2027
//               ^^^^ citation/heading-year
`);
});

test('agreeing years, and years the catalogue contradicts (year-mismatch), are not reported here', () => {
  expectFindings(CODE, `
Resolution 2370 (2016)

Adopted by the Security Council at its 8017th meeting, on 2 August 2017

Resolution 2831 (2027)
`);
});

test('the fix takes the year of the adoption date', () => {
  expectFix(CODE, 'Resolution 2830 (2026)\n\nAdopted by the Security Council at its 10200th meeting, on 5 January 2027\n', 'Resolution 2830 (2027)\n\nAdopted by the Security Council at its 10200th meeting, on 5 January 2027\n');
});
