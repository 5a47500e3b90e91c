import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/unknown-resolution';

test('a number beyond the catalogue in a year it covers in full is reported', () => {
  const [d] = expectFindings(CODE, `
The Security Council,

Recalling its resolutions 1373 (2001) and 2900 (2019),
//                                        ^^^^ citation/unknown-resolution
`);
  // The message names the last resolution of that year.
  if (!/2503 \(2019\)/.test(d.message)) throw new Error(d.message);
});

test('resolution 0 is reported, wherever it stands', () => {
  expectFindings(CODE, `
Recalling its resolution 0 (2001) and in particular 0 (1999),
//                       ^ citation/unknown-resolution
//                                                  ^ citation/unknown-resolution
`);
});

test('numbers in the catalogue, gaps in it and numbers newer than it are not unknown', () => {
  expectFindings(CODE, `
Recalling its resolutions 1373 (2001), 2762 (2024) and 2830 (2026), and resolution 2900,
`);
});

test('resolutions added in the settings extend the catalogue', () => {
  const settings = { extraResolutions: [{ number: 2830, date: '2027-01-15' }] };
  // 2026 is now closed: a number after 2830 cannot be from 2026; 2827 exists (between 2825 and 2830).
  expectFindings(CODE, `
Recalling its resolutions 2827 (2026), 2830 (2027) and 2835 (2026),
//                                                     ^^^^ citation/unknown-resolution
`, { settings });
});

test('the fix offers a number adopted in the year written', () => {
  expectFix(CODE, 'Recalling its resolution 2900 (2019),', 'Recalling its resolution 2500 (2019),', { title: 'Did you mean resolution 2500 (2019)?' });
});
