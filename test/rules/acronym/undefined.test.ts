import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, diagnose, expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'acronym/undefined';

test('an acronym never defined is reported once, at its first use', () => {
  const [d] = expectFindings(CODE, `
The Security Council,

Encouraging the UNOCT and the Committee to cooperate,
//              ^^^^^ acronym/undefined

1. *Requests* the UNOCT to report;
`);
  assert.match(d.message, /“UNOCT” is never defined \(used 2 times\)/);
  assert.match(d.message, /United Nations Office of Counter-Terrorism \(UNOCT\)/);
});

test('defined, allowlisted, introduced with its alias, never abbreviated, or not an acronym: not reported', () => {
  expectFindings(CODE, `
The Security Council,

Noting the Counter-Terrorism Committee Executive Directorate (CTED), HIV/AIDS, NATO and ISIL (also known as Da’esh),

Acting under Chapter VII of the Charter, recalling resolution 3314 (XXIX), S/RES/2370 (2017) and S/PRST/2015/25, and UN entities,

1. *Requests* CTED to report on ISIL;
`);
});

test('a document symbol typed against the word before it is a symbol, not an undefined "RES"', () => {
  expectFindings(CODE, `
The Security Council,

Recalling documentA/RES/74/118, ⰀS/RES/2370 (2017) and réfugiésA/HRC/50/2,

1. *Requests* a report;
`);
});

test('definitions over a line break, with emphasis, a link or curly quotes, and the ISIL alias, define', () => {
  expectFindings(CODE, `
The Security Council,

Noting the *Counter-Terrorism Committee*
Executive Directorate (“CTED”), the [United Nations Mine Action Service](https://www.unmas.org) (UNMAS), unmanned aircraft systems (UASs) and the Islamic State in Iraq and the Levant (ISIL, also known as Da’esh),

1. *Requests* CTED, UNMAS and ISIL to act on UASs and on each UAS;
`);
});

test('the allowlist follows the organ: UNFCCC stands undefined in General Assembly texts only', () => {
  expectFindings(CODE, `
The General Assembly,

Recalling the UNFCCC and the Paris Agreement,
`);
  expectFindings(CODE, `
The Security Council,

Recalling the UNFCCC and the Paris Agreement,
//            ^^^^^^ acronym/undefined
`);
});

test('the glossary can accept an acronym undefined ("ACR = -")', () => {
  const text = 'The Security Council,\n\nWelcoming the XQZR initiative,\n';
  assert.equal(diagnose(text).filter((d) => d.code === CODE).length, 1);
  assert.equal(diagnose(text, { settings: { glossary: { XQZR: '-' } } }).filter((d) => d.code === CODE).length, 0);
});

test('the fix writes the official name at the first use', () => {
  expectFix(CODE, 'The Security Council,\n\nEncouraging the UNOCT to cooperate,\n', 'The Security Council,\n\nEncouraging the United Nations Office of Counter-Terrorism (UNOCT) to cooperate,\n');
});

test('a definition of the same entity elsewhere in the text comes first', () => {
  const text = 'The Security Council,\n\nNoting the United Nations Office of Counter-Terrorism (OCT),\n\n1. *Encourages* the UNOCT to cooperate;\n';
  const d = diagnose(text).find((x) => x.code === CODE)!;
  assert.match(d.fixes![0].title, /as preambular paragraph 1 names it/);
  assert.equal(applyFix(text, d.fixes![0]), text.replace('the UNOCT', 'the United Nations Office of Counter-Terrorism (UNOCT)'));
});

test('without an official name, the expansions adopted resolutions give, most frequent first', () => {
  const text = 'The Security Council,\n\nWelcoming the AFISMA and the CPLP,\n';
  const found = diagnose(text).filter((x) => x.code === CODE);
  const cplp = found.find((d) => text.slice(d.span.start, d.span.end) === 'CPLP')!;
  const titles = cplp.fixes!.map((f) => f.title);
  assert.ok(titles.length >= 2, titles.join(' | '));
  assert.match(titles[0], /Community of Portuguese.*\(CPLP\)” \(as \d+ adopted resolutions? defines? it\)/);
  assert.ok(cplp.fixes![0].isPreferred && !cplp.fixes![1].isPreferred);
  expectFix(CODE, text, text.replace('the AFISMA', 'the African-led International Support Mission in Mali (AFISMA)'));
});

test('the user’s glossary gives a name', () => {
  const text = 'The Security Council,\n\nWelcoming the XQZR initiative,\n';
  expectFix(CODE, text, text.replace('XQZR', 'Example Quarterly Zonal Review (XQZR)'), { settings: { glossary: { XQZR: 'Example Quarterly Zonal Review' } } });
});

test('plural-aware: UASs gets "unmanned aircraft systems (UASs)"', () => {
  expectFix(CODE, 'The Security Council,\n\nCondemning the use of UASs by terrorists,\n', 'The Security Council,\n\nCondemning the use of unmanned aircraft systems (UASs) by terrorists,\n');
});

test('ISIL gets its alias with its name', () => {
  expectFix(CODE, 'The Security Council,\n\nCondemning ISIL,\n', 'The Security Council,\n\nCondemning Islamic State in Iraq and the Levant (ISIL, also known as Da’esh),\n');
});

test('no name known: a snippet to type it, and a command that adds the acronym to the glossary', () => {
  const text = 'The Security Council,\n\nWelcoming the XQZR initiative,\n';
  const d = diagnose(text).find((x) => x.code === CODE)!;
  const [snippet, glossary] = d.fixes!;
  assert.equal(snippet.snippet, true);
  assert.deepEqual(snippet.edits.map((e) => [text.slice(e.span.start, e.span.end), e.newText]), [['XQZR', '${1:full name} (XQZR)']]);
  assert.deepEqual(glossary.edits, []);
  assert.deepEqual(glossary.command, { id: 'resolute.addToGlossary', args: ['XQZR'] });
});

