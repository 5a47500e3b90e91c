// The acronym engine: what it reads as a definition, what as a use, and what it leaves alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../server/src/core';
import { acronymsOf, occurrenceAt, placeOf, type AcronymTable } from '../../server/src/core/acronyms';
import { SEED } from '../helpers/fixture';

const SC = 'The Security Council,\n\n';
const table = (body: string, opening = SC) => {
  const doc = parse(opening + body);
  return { doc, t: acronymsOf(doc) };
};
const defs = (t: AcronymTable) => [...t.entries.values()].flatMap((e) => e.definitions.map((d) => `${d.key}=${d.name ?? '?'} [${d.fit}]`));
const uses = (t: AcronymTable) => [...t.entries.values()].flatMap((e) => e.uses.map((u) => u.written + (u.aliased ? '*' : '')));

test('a definition: the name before the parentheses, by initials or from the data', () => {
  const { t } = table('Noting the Counter-Terrorism Committee (CTC), the International Criminal Police Organization (INTERPOL) and the Federal Government of Somalia (FGS),\n');
  assert.deepEqual(defs(t), ['CTC=Counter-Terrorism Committee [data]', 'INTERPOL=International Criminal Police Organization [data]', 'FGS=Federal Government of Somalia [data]']);
  assert.deepEqual(uses(t), []);
});

test('plural, curly and straight quotes, hereinafter, an apostrophe', () => {
  const { t, doc } = table(
    'Condemning the flow of unmanned aircraft systems (UASs), of the Committee Executive Directorate (“CTED”), of the Joint Verification Body ("JVB"), of the Peace Agreement (hereinafter “PA”) and of improvised explosive devices (IED\'s),\n',
  );
  assert.deepEqual(defs(t), [
    'UAS=unmanned aircraft systems [data]',
    'CTED=Committee Executive Directorate [letters]',
    'JVB=Joint Verification Body [initials]',
    'PA=Peace Agreement [initials]',
    'IED=improvised explosive devices [data]',
  ]);
  const uas = t.entries.get('UAS')!.definitions[0];
  assert.equal(doc.text.slice(uas.span.start, uas.span.end), 'UASs');
  assert.equal(doc.text.slice(uas.keySpan.start, uas.keySpan.end), 'UAS');
  assert.ok(uas.plural);
  const ied = t.entries.get('IED')!.definitions[0];
  assert.equal(doc.text.slice(ied.apostrophe!.start, ied.apostrophe!.end), "'s");
});

test('a definition spread over a line break, with emphasis and a link inside', () => {
  const { t, doc } = table('Welcoming the work of the *Counter-Terrorism*\nCommittee Executive **Directorate** (CTED) and of the [United Nations Office on Drugs and Crime](https://www.unodc.org) (UNODC),\n');
  assert.deepEqual(defs(t), ['CTED=Counter-Terrorism Committee Executive Directorate [data]', 'UNODC=United Nations Office on Drugs and Crime [data]']);
  const cted = t.entries.get('CTED')!.definitions[0];
  assert.equal(doc.text.slice(cted.nameSpan!.start, cted.nameSpan!.end), '*Counter-Terrorism*\nCommittee Executive **Directorate**'.slice(1, -2));
});

test('the ISIL alias: "(ISIL, also known as Da’esh)" defines, "ISIL (also known as Da’esh)" and "ISIL (Da’esh)" introduce', () => {
  const { t } = table('Condemning the Islamic State in Iraq and the Levant (ISIL, also known as Da’esh),\n');
  const d = t.entries.get('ISIL')!.definitions[0];
  assert.equal(d.name, 'Islamic State in Iraq and the Levant');
  assert.equal(d.alias, 'Da’esh');
  const alias = table("Condemning ISIL (also known as Da'esh), ISIL, (also known as Da'esh), ISIL (Da’esh), ISIL/Da’esh and ISIL,\n").t;
  assert.deepEqual(defs(alias), []);
  assert.deepEqual(uses(alias), ['ISIL*', 'ISIL*', 'ISIL*', 'ISIL*', 'ISIL']);
});

test('other forms: the acronym first, a name in another language, a trailing word or number', () => {
  const { t } = table(
    'Welcoming UNAMA (United Nations Assistance Mission in Afghanistan), the United Nations Integrated Office in Burundi (Bureau Intégré des Nations Unies au Burundi, BINUB), the United Nations Convention against Transnational Organized Crime (UNTOC Convention), explosive ordnance devices (EOD – S/2021/1042) and the Poverty Reduction Strategy Paper (PRSP II),\n',
  );
  assert.deepEqual(defs(t), [
    'UNAMA=United Nations Assistance Mission in Afghanistan [initials]',
    'BINUB=United Nations Integrated Office in Burundi [data]',
    'UNTOC=United Nations Convention against Transnational Organized Crime [data]',
    'EOD=explosive ordnance devices [initials]',
    'PRSP=Poverty Reduction Strategy Paper [data]',
  ]);
});

test('the official name the words end with: "United Nations Office of Counter-Terrorism (OCT)"', () => {
  const { t } = table('Noting the United Nations Office of Counter-Terrorism (OCT) and the Peace and Security Council of the African Union (AU) and counter-improvised explosive device (IED) capabilities,\n');
  const oct = t.entries.get('OCT')!.definitions[0];
  assert.equal(oct.name, 'United Nations Office of Counter-Terrorism');
  assert.deepEqual(oct.official?.acronyms, ['UNOCT']);
  const au = t.entries.get('AU')!.definitions[0];
  assert.equal(au.name, 'African Union');
  assert.equal(au.official, undefined, 'the Council of the African Union is another body');
  const ied = t.entries.get('IED')!.definitions[0];
  assert.equal(ied.name, 'improvised explosive device');
  assert.equal(ied.official, undefined, '"counter-" modifies the name, it is not part of it');
});

test('parentheses that define nothing: citations, symbols, Roman numerals, qualifiers, names, short forms', () => {
  const { t } = table('Recalling resolution 1373 (2001), resolution 3314 (XXIX), the report (S/2023/212), posts (1 GS (OL)), the militia Harakat al-Shabaab al-Mujahideen (Al-Shabaab) and the Panel of Experts (the Panel),\n');
  assert.deepEqual(defs(t), []);
  assert.deepEqual(uses(t), ['GS', 'OL']);
});

test('uses: capitals with digits and hyphens, a plural s, not a name such as UN-Women, split compounds', () => {
  const { t } = table('Welcoming UN-Women, UN-Habitat, RCD-Goma, COVID-19, SPLA-IO, IEDs, FC-G5S, the AU-UN panel, ECOWAS-led forces and HIV/AIDS,\n');
  assert.deepEqual(uses(t), ['COVID-19', 'SPLA-IO', 'IEDs', 'FC-G5S', 'AU', 'ECOWAS', 'HIV', 'AIDS']);
  assert.deepEqual(t.never.map((n) => n.written), ['UN']);
});

test('not uses: Roman numerals, labels, model designations, document symbols, sub-paragraph numerals, capitals of a heading line, the masthead', () => {
  const { t } = table(
    'Acting under Chapter VII of the Charter, recalling its resolution 3314 (XXIX), section AC of building D, Mi-171 and MI-171 helicopters, documents S/RES/2370 (2017), A/RES/60/288, S/PRST/2015/25, A/74/L.34/Add.1, E/CN.4/2005/L.10, decision 1/CP.21, WSFS 2009/2, C.N.592.2013.TREATIES-XXVI.3 and case ICTR-98-44-AR73(C),\n\n1. *Decides* the following:\n\n(I) first;\n\nMEASURES AGAINST TRAFFICKING\n\n2. *Decides* that Part CD applies;\n',
    'United Nations S/RES/9999 (2030)\n\nSecurity Council Distr.: General\n\nThe Security Council,\n\n',
  );
  assert.deepEqual(uses(t), []);
  assert.deepEqual(defs(t), []);
});

test('names in capitals (three capital words in a row) are not acronyms', () => {
  const { t } = table('Designating KOREA MINING DEVELOPMENT TRADING CORPORATION (KOMID),\n');
  assert.deepEqual(uses(t), []);
});

test('occurrences in source order, found by offset; places named as a drafter names them', () => {
  const doc = parse(SEED());
  const t = acronymsOf(doc);
  assert.equal(acronymsOf(doc), t, 'memoised per document');
  const unoct = doc.text.indexOf('UNOCT');
  const o = occurrenceAt(t, unoct + 2)!;
  assert.equal(o.kind, 'use');
  assert.equal(o.kind === 'use' && o.use.key, 'UNOCT');
  assert.equal(o.kind === 'use' && placeOf(doc, o.use.paragraph), 'operative paragraph 17');
  assert.equal(occurrenceAt(t, unoct + 5)?.kind, 'use', 'the end of the word counts');
  assert.equal(occurrenceAt(t, unoct - 3), undefined);
  const cted = t.entries.get('CTED')!.definitions[0];
  assert.equal(placeOf(doc, cted.paragraph), 'preambular paragraph 21');
  const starts = t.occurrences.map((x) => (x.kind === 'use' ? x.use.span.start : x.def.span.start));
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  const sub = parse(SC + '1. *Urges* States:\n\n(a) To share UNMAS data;\n');
  assert.equal(placeOf(sub, acronymsOf(sub).entries.get('UNMAS')!.uses[0].paragraph), 'operative paragraph 1 (a)');
});

test('the seed: what the engine reads', () => {
  const doc = parse(SEED());
  const t = acronymsOf(doc);
  assert.deepEqual(
    [...t.entries.values()].map((e) => `${e.key}:${e.definitions.length}/${e.uses.length}`).sort(),
    ['CTC:2/1', 'CTED:2/2', 'GCTS:1/0', 'IED:2/3', 'INTERPOL:2/0', 'ISIL:0/8', 'OCT:1/0', 'UAS:1/0', 'UNMAS:1/0', 'UNOCT:0/1', 'UNODA:2/0', 'UNODC:1/0', 'WCO:1/0'],
  );
  assert.deepEqual(t.never.map((n) => doc.text.slice(n.span.start, n.span.end + 9)), ['UN entities']);
});
