import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, type Paragraph } from '../../server/src/core';

const opener = (p: Paragraph) => p.clean.text.slice(p.opener!.start, p.opener!.end);

const DRAFT = `S/2017/615

United States of America: draft resolution

The Security Council,

*Recalling* its resolutions [1267 (1999)], 1373 (2001) [...] and 2368 (2017),

[*Gravely concerned* by the illicit transfer of small arms,]

[Option A: *Stressing* the need for cooperation,

Option B: *Underlining* the need for cooperation,]

1. [Decides/Requests] the Secretary-General to report;

1 bis. *Urges* Member States to act;

1 ter. *Calls upon* Member States to act;

2. *Decides* to remain seized of the matter.
`;

test('a sponsors masthead or a draft symbol marks the text as a draft; an adopted heading does not', () => {
  assert.equal(parse(DRAFT).isDraft, true);
  assert.equal(parse('United States of America: draft resolution\n\nThe Security Council,\n\n1. *Decides* a.\n').isDraft, true);
  assert.equal(parse('S/2017/615\n\nThe Security Council,\n\n1. *Decides* a.\n').isDraft, true);
  assert.equal(parse('S/RES/2370 (2017)\n\nResolution 2370 (2017)\n\nThe Security Council,\n\n1. *Decides* a.\n').isDraft, false);
});

test('square brackets do not break paragraphs; bis and ter numbers are operative paragraphs', () => {
  const doc = parse(DRAFT);
  assert.equal(doc.preamble.length, 3);
  assert.match(doc.preamble[0].clean.text, /\[\.\.\.\] and 2368 \(2017\),$/);
  assert.match(doc.preamble[2].clean.text, /^\[Option A: .*Option B: .*cooperation,\]$/);
  assert.equal(doc.preamble[2].segments.length, 2);
  assert.deepEqual(doc.operative.map((p) => p.label?.raw), ['1', '1 bis', '1 ter', '2']);
  assert.deepEqual(doc.operative.map((p) => p.label?.suffix), [undefined, 'bis', 'ter', undefined]);
});

test('openers: the italic run, a bracketed alternative, a standard phrase, else the first word', () => {
  const doc = parse(DRAFT);
  assert.equal(opener(doc.preamble[1]), 'Gravely concerned');
  assert.equal(opener(doc.operative[0]), '[Decides/Requests]');
  assert.equal(opener(doc.operative[2]), 'Calls upon');
  const plain = parse(`The Security Council,

Gravely concerned by the illicit transfer of small arms,

Noting with grave concern the use of improvised explosive devices,

Acting under Chapter VII of the Charter of the United Nations,

1. Calls upon all States to act;

2. Reaffirms its intention to take measures;

3. Ensure the security of stockpiles;

4. Decides to remain seized of the matter.
`, 'plain');
  assert.deepEqual(plain.preamble.map(opener), ['Gravely concerned', 'Noting with grave concern', 'Acting']);
  assert.deepEqual(plain.operative.map(opener), ['Calls upon', 'Reaffirms', 'Ensure', 'Decides']);
});

test('a resolution with one unnumbered operative paragraph has it as its operative part', () => {
  const doc = parse(`The Security Council,

*Having examined* the application of Tuvalu for admission to the United Nations (S/2000/5),

*Recommends* to the General Assembly that Tuvalu be admitted to membership in the United Nations.
`);
  assert.equal(doc.preamble.length, 1);
  assert.equal(doc.operative.length, 1);
  assert.equal(doc.operative[0].label, undefined);
  assert.equal(opener(doc.operative[0]), 'Recommends');
});

test('a numbered list under a paragraph ending with a colon is a list of sub-paragraphs', () => {
  const doc = parse(`The Security Council,

6. *Invites* the panel to report on the following:

1. Resolution of the final status,

2. Implementation of all decisions;

7. *Urges* the parties to act;

8. *Decides* to remain seized of the matter.
`);
  assert.deepEqual(doc.operative.map((p) => p.label?.raw), ['6', '7', '8']);
  assert.deepEqual(doc.operative[0].children.map((c) => `${c.label?.style} ${c.label?.raw}`), ['number 1', 'number 2']);
});

test('a paragraph number written without its full stop after the previous number is still a number', () => {
  const doc = parse('The Security Council,\n\n1. *Decides* a;\n\n2 *Urges* b;\n\n3. *Decides* c.\n');
  assert.deepEqual(doc.operative.map((p) => p.label?.raw), ['1', '2', '3']);
  assert.equal(opener(doc.operative[1]), 'Urges');
});

test('headings in the preamble and section markers of omnibus texts are not paragraphs', () => {
  const doc = parse(`The General Assembly,

I

Enterprise resource planning project, Umoja

*Recalling* its resolution 60/283,

1. *Takes note* of the report;

II

Financial performance report on the programme budget for 2022, with a long title that goes on for well over one hundred and twenty characters

*Recalling* its resolution 72/266 A,

**Degrading the threat posed by Al-Shabaab**

1. *Takes note* of the report.
`);
  assert.deepEqual(doc.sections.map((s) => s.clean.text), ['I', 'II']);
  assert.deepEqual(doc.preamble.map((p) => p.clean.text), ['Recalling its resolution 60/283,', 'Recalling its resolution 72/266 A,']);
  assert.equal(doc.subheadings.filter((s) => s.kind === 'subheading').length, 5);
  assert.equal(doc.operative.length, 2);
});

test('a section marker is not joined to a lower-case paragraph after it, as a page break would be', () => {
  const doc = parse('The Security Council,\n\n*Recalling* its resolutions on foo,\n\nI\n\nlower case words here.\n\n1. *Decides* to remain seized of the matter.\n');
  assert.deepEqual(doc.sections.map((s) => s.clean.text), ['I']);
  assert.ok(doc.all.includes(doc.sections[0]), 'the marker of the model is the one in all');
  assert.deepEqual(doc.preamble.map((p) => p.clean.text), ['Recalling its resolutions on foo,', 'lower case words here.']);
});

test('"Adopts the following …:" makes the one operative paragraph; the text it adopts is an annex', () => {
  const doc = parse(`*The General Assembly*,

*Recalling* its resolution 70/1,

*Adopts* the following Compact for Tomorrow:

The Compact for Tomorrow

1. We, the Heads of State and Government, have gathered in New York.

2. We will meet again in 2030.
`);
  assert.deepEqual(doc.preamble.map((p) => p.clean.text.slice(0, 9)), ['Recalling']);
  assert.deepEqual(doc.operative.map((p) => p.clean.text.slice(0, 6)), ['Adopts']);
  assert.equal(doc.annexes.length, 1);
  assert.equal(doc.annexes[0].title.clean.text, 'The Compact for Tomorrow');
  assert.equal(doc.annexes[0].body.length, 2);
});

test('a lead-in "Adopts the following …:" before a title and "2. Decides" stays the resolution\'s own operative part', () => {
  const doc = parse(`*The General Assembly*,

*Adopts* the following measures in respect of the situation:

Travel ban

2. *Decides* that all States shall prevent the entry of the persons designated;

3. *Decides* to remain seized of the matter.
`);
  assert.equal(doc.annexes.length, 0);
  assert.deepEqual(doc.operative.map((p) => p.label?.raw), ['2', '3']);
});

test('the plenary meeting line after an adopted text is the footer, not part of the text', () => {
  const doc = parse(`*The General Assembly*,

*Adopts* the following Compact for Tomorrow:

The Compact for Tomorrow

1. We, the Heads of State and Government, have gathered in New York.

3rd plenary meeting
22 September 2024
`);
  assert.equal(doc.annexes[0].body.length, 1);
  assert.equal(doc.footer.length, 1);
});
