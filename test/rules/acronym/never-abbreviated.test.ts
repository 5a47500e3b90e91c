import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'acronym/never-abbreviated';

test('"UN" is information on Security Council texts, a warning on General Assembly texts', () => {
  const [sc] = expectFindings(CODE, `
The Security Council,

Emphasizing cooperation among the relevant UN entities and the UN-led process,
//                                         ^^ acronym/never-abbreviated
//                                                             ^^ acronym/never-abbreviated
`);
  assert.equal(sc.severity, 'information');
  const [ga] = expectFindings(CODE, `
The General Assembly,

Emphasizing cooperation among the relevant UN entities,
//                                         ^^ acronym/never-abbreviated
`);
  assert.equal(ga.severity, 'warning');
});

test('never inside names such as UN-Women or UN-Habitat, nor in UN80 or a document symbol', () => {
  expectFindings(CODE, `
The General Assembly,

Welcoming the work of UN-Women, UN-Habitat and the UN80 Initiative, and document UN/POP/2020/1,
`);
});

test('the other names: UNSC, the SG, U.N.', () => {
  expectFindings(CODE, `
The Security Council,

Requesting the SG to brief the UNSC on U.N. operations,
//             ^^ acronym/never-abbreviated
//                             ^^^^ acronym/never-abbreviated
//                                     ^^^^ acronym/never-abbreviated
`);
});

test('fixes spell the name out, possessive and definition included', () => {
  expectFix(CODE, 'The Security Council,\n\nEmphasizing cooperation among UN entities,\n', 'The Security Council,\n\nEmphasizing cooperation among United Nations entities,\n');
  expectFix(CODE, 'The Security Council,\n\nWelcoming the UN-led process,\n', 'The Security Council,\n\nWelcoming the United Nations-led process,\n');
  expectFix(CODE, 'The Security Council,\n\nWelcoming the UN’s role,\n', 'The Security Council,\n\nWelcoming the United Nations’ role,\n');
  expectFix(CODE, 'The Security Council,\n\nWelcoming the United Nations (UN) role,\n', 'The Security Council,\n\nWelcoming the United Nations role,\n');
  expectFix(CODE, 'The Security Council,\n\nRecalling UNSCRs on the matter,\n', 'The Security Council,\n\nRecalling Security Council resolutions on the matter,\n');
});

