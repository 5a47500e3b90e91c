// The snippets: well formed, and once their placeholders are filled in, texts that the parser
// reads into the parts they promise and that the checker finds no error in.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, type Paragraph, type ResolutionDoc } from '../../server/src/core';
import { diagnose, ROOT } from '../helpers/fixture';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const SNIPPETS: Record<string, Snippet> = JSON.parse(readFileSync(join(ROOT, 'snippets', 'unres.code-snippets'), 'utf8'));
const byPrefix = new Map(Object.values(SNIPPETS).map((s) => [[s.prefix].flat()[0], s]));

/** "${1:label}", "${1|a,b|}", "${1}" and "$1" (placeholders do not nest in these snippets). */
const TABSTOP = /\$\{(\d+):([^}$]*)\}|\$\{(\d+)\|([^|}]*)\|\}|\$\{(\d+)\}|\$(\d+)/g;

/**
 * The text a drafter gets after tabbing through: each placeholder takes its sample value, else
 * its label, a choice its first option; a mirrored placeholder repeats its first value.
 */
function expand(snippet: Snippet, samples: Record<number, string> = {}): string {
  const body = [snippet.body].flat().join('\n');
  const values = new Map<number, string>();
  for (const m of body.matchAll(TABSTOP)) {
    const n = Number(m[1] ?? m[3] ?? m[5] ?? m[6]);
    const first = m[2] ?? m[4]?.split(',')[0];
    if (!values.has(n) && first !== undefined) values.set(n, samples[n] ?? first);
  }
  const text = body.replace(TABSTOP, (...m) => values.get(Number(m[1] ?? m[3] ?? m[5] ?? m[6])) ?? '');
  assert.ok(!/[$]/.test(text), `a stray $ is left in ${JSON.stringify(text)}`);
  return text;
}

const opener = (p: Paragraph) => p.clean.text.slice(p.opener!.start, p.opener!.end);

function findings(text: string, severities = ['error', 'warning']): string[] {
  return diagnose(text).filter((d) => severities.includes(d.severity)).map((d) => `${d.code}: ${d.message} (${JSON.stringify(text.slice(d.span.start, d.span.end))})`);
}

test('every snippet has a prefix, a body and a description; prefixes are unique and easy to type', () => {
  const prefixes = Object.values(SNIPPETS).flatMap((s) => [s.prefix].flat());
  assert.ok(prefixes.length >= 15);
  assert.equal(new Set(prefixes).size, prefixes.length, 'a prefix is used twice');
  for (const [name, s] of Object.entries(SNIPPETS)) {
    assert.deepEqual(Object.keys(s).sort(), ['body', 'description', 'prefix'], name);
    for (const p of [s.prefix].flat()) assert.match(p, /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, name);
    assert.ok([s.body].flat().length > 0 && [s.body].flat().every((l) => typeof l === 'string'), name);
    assert.ok(s.description.length > 20, `${name}: say what it is for`);
  }
  for (const p of ['sc-resolution', 'ga-resolution', 'chapter7', 'op-urges-measures', 'op-calls-upon', 'op-requests-report', 'pp-recalling']) {
    assert.ok(byPrefix.has(p), `no ${p} snippet`);
  }
});

test('every placeholder is well formed and numbered from 1 without gaps', () => {
  for (const [name, s] of Object.entries(SNIPPETS)) {
    const body = [s.body].flat().join('\n');
    const numbers = [...body.matchAll(TABSTOP)].map((m) => Number(m[1] ?? m[3] ?? m[5] ?? m[6])).filter((n) => n > 0);
    const distinct = [...new Set(numbers)].sort((a, b) => a - b);
    assert.deepEqual(distinct, distinct.map((_, i) => i + 1), `${name}: placeholders ${distinct}`);
    assert.ok(!/\$(?![{\d])/.test(body.replace(TABSTOP, '')), `${name}: a $ that starts no placeholder`);
  }
});

/** A filled-in skeleton, with the values of resolution 2370 (2017) where the checker compares them with its catalogue. */
const SC_SAMPLES = { 1: '2370', 2: '2017', 3: '8017', 4: 'th', 5: '2', 6: 'August', 7: '1373 (2001)', 8: '2253 (2015)', 10: 'that terrorism continues to threaten international peace and security', 12: 'that all States shall prevent the supply of weapons to terrorists' };

function expectParts(doc: ResolutionDoc, organ: 'SC' | 'GA', preamble: string[], operative: string[], closing: RegExp) {
  assert.equal(doc.organ, organ);
  assert.ok(doc.opening, 'no opening line');
  assert.deepEqual(doc.preamble.map(opener), preamble);
  assert.deepEqual(doc.operative.map((p) => `${p.label?.raw}. ${opener(p)}`), operative);
  assert.match(doc.operative[doc.operative.length - 1].clean.text, closing);
}

test('the Security Council skeleton parses into heading, opening, 3 preambular and 3 operative paragraphs, the last one closing', () => {
  const text = expand(byPrefix.get('sc-resolution')!, SC_SAMPLES);
  const doc = parse(text, 'markdown');
  assert.deepEqual(doc.heading.map((p) => p.clean.text), ['Resolution 2370 (2017)', 'Adopted by the Security Council at its 8017th meeting, on 2 August 2017']);
  assert.equal(doc.opening?.clean.text, 'The Security Council,');
  expectParts(doc, 'SC', ['Recalling', 'Reaffirming', 'Gravely concerned'], ['1. Decides', '2. Requests', '3. Decides'], /^3\. Decides to remain seized of the matter\.$/);
  assert.deepEqual(findings(text), []);
});

test('the General Assembly skeleton parses into heading, opening, 2 preambular and 3 operative paragraphs', () => {
  const samples = { 1: 'Sixtieth', 2: '120', 3: '8', 4: 'September', 5: '2006', 6: '60', 7: '288', 8: 'The United Nations Global Counter-Terrorism Strategy', 9: '46/182', 10: '19 December 1991', 11: 'the purposes and principles of the Charter of the United Nations', 13: 'the report of the Secretary-General', 14: 'sixty-first' };
  const text = expand(byPrefix.get('ga-resolution')!, samples);
  const doc = parse(text, 'markdown');
  assert.ok(doc.heading.some((p) => p.clean.text === 'Resolution adopted by the General Assembly on 8 September 2006'));
  assert.ok(doc.heading.some((p) => p.clean.text === '60/288. The United Nations Global Counter-Terrorism Strategy'));
  assert.equal(doc.opening?.clean.text, 'The General Assembly,');
  expectParts(doc, 'GA', ['Recalling', 'Reaffirming'], ['1. Welcomes', '2. Requests', '3. Decides'], /the item entitled “The United Nations Global Counter-Terrorism Strategy”\.$/);
  assert.deepEqual(findings(text), []);
});

/** The paragraph snippets, each placed where it belongs in a short resolution. */
const PARAGRAPHS: [prefix: string, part: 'preamble' | 'operative', opener: string, subparagraphs: string[]][] = [
  ['chapter7', 'preamble', 'Acting', []],
  ['pp-recalling', 'preamble', 'Recalling', []],
  ['pp-reaffirming-responsibility', 'preamble', 'Reaffirming', []],
  ['pp-gravely-concerned', 'preamble', 'Gravely concerned', []],
  ['pp-noting-appreciation', 'preamble', 'Noting with appreciation', []],
  ['pp-determining-threat', 'preamble', 'Determining', []],
  ['op-urges-measures', 'operative', 'Urges', ['a', 'b', 'c', 'd']],
  ['op-decides-shall', 'operative', 'Decides', ['a', 'b']],
  ['op-calls-upon', 'operative', 'Calls upon', []],
  ['op-encourages', 'operative', 'Encourages', []],
  ['op-reaffirms-decision', 'operative', 'Reaffirms its decision in resolution 1373 (2001)', []],
  ['op-directs', 'operative', 'Directs', []],
  ['op-requests-report', 'operative', 'Requests', []],
  ['op-remain-seized', 'operative', 'Decides', []],
  ['op-ga-agenda', 'operative', 'Decides', []],
];

test('every snippet is a skeleton or a paragraph template that is tested below', () => {
  const covered = new Set(['sc-resolution', 'ga-resolution', ...PARAGRAPHS.map(([p]) => p)]);
  assert.deepEqual([...byPrefix.keys()].filter((p) => !covered.has(p)), []);
});

for (const [prefix, part, expectedOpener, subs] of PARAGRAPHS) {
  test(`${prefix} reads as one ${part === 'preamble' ? 'preambular' : 'operative'} paragraph opening with "${expectedOpener}"`, () => {
    const snippet = expand(byPrefix.get(prefix)!, { 1: part === 'operative' ? '1' : '1373 (2001)', 2: '1373 (2001)' }).trimEnd();
    const text =
      part === 'preamble'
        ? `*The Security Council*,\n\n${snippet}\n\n1. *Decides* to remain seized of the matter.\n`
        : `*The Security Council*,\n\n*Recalling* its resolution 1373 (2001),\n\n${snippet}\n`;
    const doc = parse(text, 'markdown');
    const list = part === 'preamble' ? doc.preamble : doc.operative;
    const p = part === 'preamble' ? list[0] : list[list.length - 1];
    assert.equal(list.length, 1, `${prefix}: ${list.length} paragraphs`);
    assert.equal(opener(p), expectedOpener);
    assert.deepEqual(p.children.map((c) => c.label?.raw), subs);
  });
}
