import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFindings } from '../../helpers/fixture';

const CODE = 'citation/beyond-catalogue';

test('a resolution newer than the catalogue is an information naming the last known one', () => {
  const [d] = expectFindings(CODE, `
Recalling its resolutions 2825 (2026) and 2830 (2026), and resolution 2831 (2027),
//                                        ^^^^^^^^^^^ citation/beyond-catalogue
//                                                                    ^^^^^^^^^^^ citation/beyond-catalogue
`);
  assert.equal(d.severity, 'information');
  assert.match(d.message, /2825 \(2026\) of 29 June 2026/);
});

test('without a year, a number beyond the catalogue is beyond it too', () => {
  expectFindings(CODE, `
Recalling its resolution 2900,
//                       ^^^^ citation/beyond-catalogue
`);
});

test('not for a closed year (that number is unknown), nor for numbers the user added, nor committee names', () => {
  expectFindings(
    CODE,
    `
Recalling its resolutions 2900 (2019) and 2830 (2026), and the work of the 2840 Committee,
`,
    { settings: { extraResolutions: [{ number: 2830, date: '2026-09-01' }] } },
  );
});
