import { test } from 'node:test';
import { expectFindings } from '../../helpers/fixture';

const CODE = 'citation/ga-future-session';

test('a session that has not opened by today', () => {
  // The fixtures' today is 27 November 2026: the 81st session is open.
  expectFindings(CODE, `
Recalling General Assembly resolutions 81/1 and 85/12, and A/RES/90/1,
//                                              ^^ citation/ga-future-session
//                                                               ^^ citation/ga-future-session
`);
});

test('today comes from the settings; in September the new session counts as open', () => {
  const text = `
Recalling General Assembly resolution 81/1,
//                                    ^^ citation/ga-future-session
`;
  expectFindings(CODE, text, { settings: { today: '2026-08-31' } });
  expectFindings(CODE, 'Recalling General Assembly resolution 81/1,', { settings: { today: '2026-09-01' } });
});

test('past sessions, older forms and special sessions are fine', () => {
  expectFindings(CODE, 'Recalling General Assembly resolutions 60/288, 3314 (XXIX), S-8/1 and ES-10/24,');
});
