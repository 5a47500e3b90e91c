import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'acronym/redefined';

test('a second definition with the same name is reported on the second', () => {
  const [d] = expectFindings(CODE, `
The Security Council,

Noting the Counter-Terrorism Committee (CTC),

1. *Directs* the Counter Terrorism Committee (CTC) to report;
//                                            ^^^ acronym/redefined
`);
  assert.match(d.message, /already defined in preambular paragraph 1/);
});

test('the same name in the plural, spelt with -ise, or with "and" dropped is the same name', () => {
  expectFindings(CODE, `
The Security Council,

Noting improvised explosive device (IED) components and the Disarmament, Demobilization and Reintegration (DDR) programme,

Concerned by improvised explosive devices (IEDs) and by Disarmament, Demobilisation, Reintegration (DDR),
//                                         ^^^^ acronym/redefined
//                                                                                                  ^^^ acronym/redefined
`);
});

test('a different name is not a redefinition but a conflict', () => {
  expectFindings(CODE, `
The Security Council,

Noting the United Nations Office on Disarmament Affairs (UNODA) and the United Nations Office for Disarmament Affairs (UNODA),
`);
});

test('the fix reduces the second definition to the acronym', () => {
  expectFix(
    CODE,
    'The Security Council,\n\nNoting the Counter-Terrorism Committee (CTC),\n\n1. *Directs* the Counter Terrorism Committee (CTC) to report;\n',
    'The Security Council,\n\nNoting the Counter-Terrorism Committee (CTC),\n\n1. *Directs* the CTC to report;\n',
  );
  expectFix(
    CODE,
    "The Security Council,\n\nNoting improvised explosive device (IED) components,\n\nConcerned by improvised explosive devices (IED's),\n",
    'The Security Council,\n\nNoting improvised explosive device (IED) components,\n\nConcerned by IEDs,\n',
  );
});

