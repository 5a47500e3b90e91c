import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'citation/missing-comma';

test('two cited resolutions with nothing between them', () => {
  expectFindings(CODE, `
Recalling its resolutions 1373 (2001), 1566 (2004) 1624 (2005) and 2178 (2014),
//                                                ^ citation/missing-comma
`);
});

test('commas, "and", and text after a citation are fine', () => {
  expectFindings(CODE, `
Recalling its resolutions 1566 (2004), 1624 (2005) and 2178 (2014), resolution 1373 (2001) 20 years on, and resolution 2231 (2015) 2 (a),
`);
});

test('the fix adds the comma after the first item, outside its link', () => {
  expectFix(CODE, 'Recalling its resolutions 1566 (2004) 1624 (2005),', 'Recalling its resolutions 1566 (2004), 1624 (2005),');
  expectFix(CODE, 'Recalling its resolutions [1566 \\(2004\\)](#) [1624 \\(2005\\)](#),', 'Recalling its resolutions [1566 \\(2004\\)](#), [1624 \\(2005\\)](#),');
});
