// The acronym checks over the real texts of test/corpus: adopted Security Council resolutions (sc_md),
// General Assembly resolutions (ga_md) and drafts that were not adopted (sc_not_adopted).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createResolutionService, parse, type Diagnostic, type ResolutionDoc } from '../../server/src/core';
import { acronymRules } from '../../server/src/core/rules/acronym';
import { repoFile, ROOT } from '../helpers/fixture';

const service = createResolutionService({ rules: acronymRules });
const DIRS = ['sc_md', 'ga_md', 'sc_not_adopted'];

interface Checked {
  readonly file: string;
  readonly doc: ResolutionDoc;
  readonly found: Diagnostic[];
}

const checked: Checked[] = DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, 'test/corpus', dir))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const doc = parse(repoFile('test/corpus', dir, f));
      return { file: `${dir}/${f.replace(/\.md$/, '')}`, doc, found: service.diagnostics(doc) };
    }),
);
const word = (c: Checked, d: Diagnostic) => c.doc.text.slice(d.span.start, d.span.end);
const undefinedIn = (c: Checked) => c.found.filter((d) => d.code === 'acronym/undefined').map((d) => word(c, d));

test('acronym/undefined stands on acronyms of the drafting text only', (t) => {
  let total = 0;
  for (const c of checked) {
    for (const d of c.found.filter((x) => x.code === 'acronym/undefined')) {
      total++;
      const w = word(c, d);
      assert.match(w, /^[A-Z0-9][A-Z0-9&/\u2010\u2011-]*s?$/, `${c.file}: "${w}"`);
      assert.ok((w.match(/[A-Z]/g) ?? []).length >= 2, `${c.file}: "${w}"`);
      assert.doesNotMatch(w, /^[IVXL]+$/, `${c.file}: a Roman numeral "${w}"`);
      const p = c.doc.all.find((x) => x.span.start <= d.span.start && d.span.end <= x.span.end);
      assert.ok(p && p.kind !== 'heading' && p.kind !== 'opening' && p.kind !== 'footer', `${c.file}: "${w}" in the heading block`);
      let a = d.span.start;
      let b = d.span.end;
      while (a > 0 && !/\s/.test(c.doc.text[a - 1])) a--;
      while (b < c.doc.text.length && !/\s/.test(c.doc.text[b])) b++;
      const whole = c.doc.text.slice(a, b).replace(/[().,;:]+$/, '');
      assert.ok(!(whole.includes('/') && (/\d/.test(whole) || whole.split('/').length >= 3)) && !/[A-Za-z0-9]\.[A-Za-z0-9]/.test(whole), `${c.file}: "${w}" inside the document symbol "${whole}"`);
    }
  }
  t.diagnostic(`acronym/undefined: ${total} findings over ${checked.length} documents`);
});

/**
 * The survey of the corpus (see docs/rules/acronym/undefined.md) found 194 undefined acronyms in 93 of
 * 335 documents, a hand-checked sample of 30 all real: acronyms the text never spells out (UNMISS, AU, SRSG,
 * COVID-19, ICC ...) that the organ's adopted texts define in most resolutions using them. The budget
 * keeps false positives from creeping back.
 */
test('acronym/undefined over the corpus stays within the surveyed figures', () => {
  const counts = checked.map((c) => ({ file: c.file, n: undefinedIn(c).length }));
  const total = counts.reduce((s, c) => s + c.n, 0);
  assert.ok(total <= 200, `${total} findings`);
  const worst = counts.reduce((a, b) => (b.n > a.n ? b : a));
  assert.ok(worst.n <= 8, `${worst.file}: ${worst.n}`);
  const ga = counts.filter((c) => c.file.startsWith('ga_md/')).reduce((s, c) => s + c.n, 0);
  assert.ok(ga <= 2, `General Assembly texts: ${ga}`);
});

/** Misreadings found in the survey, each fixed in the engine, kept here so they stay fixed. */
const MISREAD: [file: string, acronym: string, why: string][] = [
  ['sc_md/S-RES-2556-2020', 'FARDC', 'defined as "Armed Forces of the DRC (FARDC)": "the" inside the name'],
  ['sc_md/S-RES-2556-2020', 'MONUSCO', 'defined as "... Mission in the DRC (MONUSCO)", used before in preambular paragraph 1'],
  ['sc_md/S-RES-2658-2022', 'EUFOR', 'defined as "(EUFOR ALTHEA)": a name after the acronym'],
  ['sc_md/S-RES-2098-2013', 'PSC', 'defined as "(“the PSC Framework”)"'],
  ['sc_md/S-RES-1719-2006', 'BINUB', 'defined as "(Bureau Intégré des Nations Unies au Burundi, BINUB)"'],
  ['sc_md/S-RES-2640-2022', 'EOD', 'defined as "(EOD – S/2021/1042)"'],
  ['sc_md/S-RES-2031-2011', 'PRSP', 'defined as "(PRSP II)"'],
  ['sc_md/S-RES-2776-2025', 'ISIL', 'introduced as "ISIL/Da’esh"'],
  ['ga_md/A-RES-74-118', 'CP', 'part of a decision symbol, "decision 1/CP.21"'],
  ['ga_md/A-RES-75-235', 'WSFS', 'part of a document symbol, "WSFS 2009/2"'],
  ['ga_md/A-RES-75-235', 'REP', 'part of a document symbol, "C 2019/REP"'],
  ['sc_md/S-RES-2118-2013', 'TREATIES', 'part of a depositary notification, "C.N.592.2013.TREATIES-XXVI.3"'],
  ['sc_md/S-RES-2170-2014', 'QE', 'part of a sanctions list reference, "QE.A.137.14"'],
  ['sc_md/S-RES-2150-2014', 'AR73', 'part of a case number, "ICTR-98-44-AR73(C)"'],
  ['sc_md/S-RES-1747-2007', 'MI-171', 'a helicopter model, "MI-171"'],
  ['ga_md/A-RES-78-253', 'AC', 'a label, "section AC" of a building'],
];

test('misreadings found in the survey stay fixed', () => {
  for (const [file, acronym, why] of MISREAD) {
    const c = checked.find((x) => x.file === file);
    assert.ok(c, `${file} is not in the corpus`);
    assert.ok(c.doc.text.includes(acronym), `${file} does not contain ${acronym}`);
    assert.ok(!undefinedIn(c).some((w) => w.replace(/s$/, '') === acronym), `${file}: ${acronym} reported undefined, but ${why}`);
  }
});

test('apostrophes over the adopted Council texts: mostly possessives, each a warning with the attribute fix preferred', () => {
  const apostrophes = checked.flatMap((c) => c.found.filter((d) => d.code === 'acronym/apostrophe').map((d) => ({ c, d })));
  const sc = apostrophes.filter(({ c }) => c.doc.organ === 'SC');
  assert.ok(sc.length > 300, `${sc.length}`);
  assert.ok(sc.every(({ d }) => d.severity === 'warning'));
  const plurals = sc.filter(({ d }) => /plural/.test(d.message));
  assert.ok(plurals.length <= sc.length / 100, plurals.map(({ c, d }) => `${c.file}: ${word(c, d)}`).join('; '));
});
