import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'acronym/unofficial';

test('a definition with another acronym than the official one for that name', () => {
  const [d] = expectFindings(CODE, `
The Security Council,

Encouraging engagement with the United Nations Office of Counter-Terrorism (OCT),
//                                                                          ^^^ acronym/unofficial
`);
  assert.match(d.message, /official acronym of the United Nations Office of Counter-Terrorism is UNOCT, not OCT/);
});

test('the official acronym, a shorter official name, a name inside another, a modifier: fine', () => {
  expectFindings(CODE, `
The Security Council,

Noting the United Nations Office of Counter-Terrorism (UNOCT), the Office of Counter-Terrorism (OCT), the Peace and Security Council of the African Union (AU) and counter-improvised explosive device (IED) capabilities,
`);
});

test('the fix writes the official acronym in the definition and wherever the other is used', () => {
  expectFix(
    CODE,
    'The Security Council,\n\nNoting the United Nations Office of Counter-Terrorism (OCT),\n\n1. *Requests* OCT to report;\n',
    'The Security Council,\n\nNoting the United Nations Office of Counter-Terrorism (UNOCT),\n\n1. *Requests* UNOCT to report;\n',
  );
});

