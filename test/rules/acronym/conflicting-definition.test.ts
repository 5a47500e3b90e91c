import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'acronym/conflicting-definition';

test('a second definition with another name is reported, naming both and the official one', () => {
  const [d] = expectFindings(CODE, `
The Security Council,

Noting the United Nations Office on Disarmament Affairs (UNODA),

1. *Encourages* cooperation with the United Nations Office for Disarmament Affairs (UNODA);
//                                                                                  ^^^^^ acronym/conflicting-definition
`);
  assert.match(d.message, /“United Nations Office for Disarmament Affairs” here, “United Nations Office on Disarmament Affairs” in preambular paragraph 1/);
  assert.match(d.message, /“United Nations Office for Disarmament Affairs” is the official name/);
});

test('the same name twice, or a name the text does not spell, is no conflict', () => {
  expectFindings(CODE, `
The Security Council,

Noting the International Criminal Police Organization (INTERPOL) and the multinational stabilization force (EUFOR),

Noting also the International Criminal Police Organization (INTERPOL) and the force (EUFOR),
`);
});

test('fixes: the official name in the first definition, or keep the first', () => {
  const before = 'The Security Council,\n\nNoting the United Nations Office on Disarmament Affairs (UNODA),\n\n1. *Encourages* the United Nations Office for Disarmament Affairs (UNODA) to help;\n';
  expectFix(CODE, before, 'The Security Council,\n\nNoting the United Nations Office for Disarmament Affairs (UNODA),\n\n1. *Encourages* the UNODA to help;\n');
  expectFix(CODE, before, 'The Security Council,\n\nNoting the United Nations Office on Disarmament Affairs (UNODA),\n\n1. *Encourages* the UNODA to help;\n', { title: /keeping the first definition/ });
});

