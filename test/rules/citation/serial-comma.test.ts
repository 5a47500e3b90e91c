import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/serial-comma';

test('a comma before the "and" of the last item is a hint', () => {
  const [d] = expectFindings(CODE, `
Recalling its resolutions 2199 (2015), 2214 (2015), and 2249 (2015),
//                                                ^ citation/serial-comma
`);
  assert.equal(d.severity, 'hint');
});

test('no serial comma, two items, and lists without "and" are fine', () => {
  expectFindings(CODE, `
Recalling its resolutions 2199 (2015), 2214 (2015) and 2249 (2015), its resolutions 1267 (1999), and 1989 (2011), and resolutions 1267 (1999), 1373 (2001), 1989 (2011),
`);
});

test('the fix removes the comma', () => {
  expectFix(CODE, 'Recalling its resolutions 2199 (2015), 2214 (2015), and 2249 (2015),', 'Recalling its resolutions 2199 (2015), 2214 (2015) and 2249 (2015),');
});
