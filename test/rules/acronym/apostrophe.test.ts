import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'acronym/apostrophe';

test('an apostrophe plural is a warning, in a definition or a use', () => {
  const found = expectFindings(CODE, `
The Security Council,

Noting the use of improvised explosive devices (IED's) and of IED’s in attacks,
//                                              ^^^^^ acronym/apostrophe
//                                                            ^^^^^ acronym/apostrophe
`);
  assert.deepEqual(found.map((d) => d.severity), ['warning', 'warning']);
  assert.match(found[0].message, /write “IEDs”/);
});

test('a possessive is a warning too, in Council and Assembly texts alike (the severity the issue fixes)', () => {
  const [sc] = expectFindings(CODE, `
The Security Council,

Welcoming MONUSCO’s efforts and the FGS's request,
//        ^^^^^^^^^ acronym/apostrophe
//                                  ^^^^^ acronym/apostrophe
`);
  assert.equal(sc.severity, 'warning');
  const [ga] = expectFindings(CODE, `
The General Assembly,

Welcoming UNICEF’s efforts,
//        ^^^^^^^^ acronym/apostrophe
`);
  assert.equal(ga.severity, 'warning');
});

test('plurals without apostrophe and apostrophes after other words are fine', () => {
  expectFindings(CODE, `
The Security Council,

Noting IEDs, UASs, the States’ efforts and the Council's decision,
`);
});

test('fixes: "IEDs" for a plural, the acronym before the noun for a possessive', () => {
  expectFix(CODE, "The Security Council,\n\nNoting improvised explosive devices (IED's),\n", 'The Security Council,\n\nNoting improvised explosive devices (IEDs),\n');
  expectFix(CODE, 'The Security Council,\n\nWelcoming the MONUSCO’s efforts,\n', 'The Security Council,\n\nWelcoming the MONUSCO efforts,\n');
});

