import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'acronym/used-before-definition';

test('a use before the definition is reported at the first use, with the definition related', () => {
  const [d] = expectFindings(CODE, `
The Security Council,

Welcoming the work of UNMAS and its partners,
//                    ^^^^^ acronym/used-before-definition

Noting the United Nations Mine Action Service (UNMAS) and UNMAS,
`);
  assert.match(d.message, /before its definition in preambular paragraph 2/);
  assert.equal(d.related?.length, 1);
});

test('in the same paragraph too, which a block-level check misses', () => {
  expectFindings(CODE, `
The Security Council,

Welcoming UNMAS, and the United Nations Mine Action Service (UNMAS),
//        ^^^^^ acronym/used-before-definition
`);
});

test('defined first, then used: fine', () => {
  expectFindings(CODE, `
The Security Council,

Noting the United Nations Mine Action Service (UNMAS),

1. *Requests* UNMAS to report;
`);
});

test('the fix moves the definition to the first use', () => {
  expectFix(
    CODE,
    'The Security Council,\n\nWelcoming UNMAS,\n\nNoting the United Nations Mine Action Service (UNMAS) and its work,\n',
    'The Security Council,\n\nWelcoming United Nations Mine Action Service (UNMAS),\n\nNoting the UNMAS and its work,\n',
  );
});

test('plural-aware: IEDs before "improvised explosive device (IED) components"', () => {
  expectFix(
    CODE,
    'The Security Council,\n\nConcerned by IEDs,\n\nNoting improvised explosive device (IED) components,\n',
    'The Security Council,\n\nConcerned by improvised explosive devices (IEDs),\n\nNoting IED components,\n',
  );
  expectFix(
    CODE,
    'The Security Council,\n\nConcerned by every UAS,\n\nNoting unmanned aircraft systems (UASs),\n',
    'The Security Council,\n\nConcerned by every unmanned aircraft system (UAS),\n\nNoting UASs,\n',
  );
});

