import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnose, expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'structure/paragraph-punctuation';

test('comma, semicolon, colon before sub-paragraphs and the final full stop are accepted', () => {
  expectFindings(CODE, `The Security Council,

*Recalling* its resolution 1373 (2001),

*Acting* under Chapter VII of the Charter of the United Nations,

1. *Decides* that all States shall:

(a) Prevent the financing of terrorist acts;

(b) Criminalize the provision of funds; and

(c) Freeze funds;

2. *Requests* the Secretary-General to report;

3. *Decides* to remain seized of the matter.
`);
});

test('a preambular paragraph ending with a semicolon is reported; the fix writes the comma', () => {
  expectFindings(CODE, `The Security Council,

*Recalling* its resolution 1373 (2001);
//                                    ^ structure/paragraph-punctuation

*Noting* the report of the Secretary-General,

1. *Decides* to remain seized of the matter.
`);
  const d = diagnose('The Security Council,\n\n*Recalling* its resolution 1373 (2001);\n\n1. *Decides* to remain seized of the matter.\n').find((x) => x.code === CODE)!;
  assert.equal(d.severity, 'error');
  assert.match(d.message, /preambular paragraph ends with a comma, not a semicolon/);
  expectFix(CODE, 'The Security Council,\n\n*Recalling* its resolution 1373 (2001);\n\n1. *Decides* a.\n', 'The Security Council,\n\n*Recalling* its resolution 1373 (2001),\n\n1. *Decides* a.\n');
});

test('an operative paragraph ending with a comma, and the last one without a full stop, are reported', () => {
  expectFindings(CODE, `1. *Urges* Member States to act,
//                             ^ structure/paragraph-punctuation

2. *Decides* to remain seized of the matter;
//                                         ^ structure/paragraph-punctuation
`);
  expectFix(CODE, '1. *Urges* States to act;\n\n2. *Decides* to remain seized of the matter;\n', '1. *Urges* States to act;\n\n2. *Decides* to remain seized of the matter.\n');
});

test('a missing final mark is inserted after the last word', () => {
  expectFindings(CODE, `The Security Council,

*Recalling* its resolution 1373 (2001)
//                                   ^ structure/paragraph-punctuation

1. *Decides* a.
`);
  expectFix(CODE, 'The Security Council,\n\n*Recalling* its resolution 1373 (2001)\n\n1. *Decides* a.\n', 'The Security Council,\n\n*Recalling* its resolution 1373 (2001),\n\n1. *Decides* a.\n');
});

test('a paragraph introducing sub-paragraphs ends with a colon', () => {
  expectFindings(CODE, `1. *Decides* that all States shall;
//                                ^ structure/paragraph-punctuation

(a) Prevent the financing of terrorist acts;

(b) Freeze funds;

2. *Decides* to remain seized of the matter.
`);
  expectFix(CODE, '1. *Decides* that States shall;\n\n(a) Act;\n\n2. *Decides* b.\n', '1. *Decides* that States shall:\n\n(a) Act;\n\n2. *Decides* b.\n');
});

test('the last sub-paragraph of the last operative paragraph closes the text with a full stop', () => {
  expectFindings(CODE, `1. *Decides* that all States shall:

(a) Prevent the financing of terrorist acts;

(b) Freeze funds;
//              ^ structure/paragraph-punctuation
`);
});

test('what adopted texts do is accepted: headed groups, run-on lists, "; and", "Acting under ...:", a colon before a sub-heading', () => {
  expectFindings(CODE, `*Acting* under Chapter VII of the Charter of the United Nations:

1. *Decides* that the mandate of the Mission shall be as follows;

(a) *Protection of civilians*

(i) To protect civilians;

(b) *Support to the political process*:

(i) To support the process;

2. *Decides* that the Committee shall

(a) prioritize the provision of advice, and

(b) report;

3. *Decides* as follows:

Sanctions

4. *Urges* States to act; and

5. *Decides* to remain seized of the matter.
`);
});

test('a preamble written with semicolons is one finding whose fix corrects every paragraph', () => {
  const text = 'The Security Council,\n\n*Recalling* a;\n\n*Noting* b;\n\n*Stressing* c;\n\n1. *Decides* d.\n';
  const found = diagnose(text).filter((d) => d.code === CODE);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^3 preambular paragraphs end with a semicolon/);
  assert.equal(found[0].related?.length, 2);
  expectFix(CODE, text, 'The Security Council,\n\n*Recalling* a,\n\n*Noting* b,\n\n*Stressing* c,\n\n1. *Decides* d.\n');
});

test('closing quotes, brackets and HTML footnote markers after the mark do not hide it', () => {
  expectFindings(CODE, `*Recalling* the “Programme of Action”,

1. *Takes note* of the report of the Secretary-General;<sup>5</sup>

2. [*Decides* to remain seized of the matter.]
`);
});

// A/RES/79/1 and A/RES/70/1: one unnumbered operative paragraph adopts the text that follows it,
// whose numbered paragraphs are full sentences. They are the adopted text, not the resolution's
// operative part: no full-stop errors, and the lead-in ends with its colon.
test('"Adopts the following …:" followed by the adopted text: nothing to report', () => {
  expectFindings(CODE, `*The General Assembly*,

*Adopts* the following Compact for Tomorrow and its annex:

The Compact for Tomorrow

1. We, the Heads of State and Government, have gathered in New York.

2. We are at a time of change. We commit to act.

3. We will meet again in 2030.
`);
});

test('without a title after it, a lead-in with a colon is still the last paragraph and needs its full stop', () => {
  expectFindings(CODE, `*The General Assembly*,

*Adopts* the following measures:
//                             ^ structure/paragraph-punctuation
`);
});

// Plain text taken from print keeps footnote numbers after the punctuation (S/RES/864 (1993):
// "…report of the Secretary-General of 13 and 14 September 1993, 29").
test('plain text: a footnote number after the final punctuation is not the ending', () => {
  expectFindings(
    CODE,
    `The Security Council,

Having considered the further report of the Secretary-General of 13 and 14 September 1993, 29

Recalling its resolution 851 (1993); 30
//                                 ^ structure/paragraph-punctuation

1. Decides to remain seized of the matter. 31
`,
    { format: 'plain' },
  );
});

test('the last number of a list is no footnote, and Markdown has its own footnotes', () => {
  const text = `The Security Council,

Recalling in particular paragraphs 3, 4

1. Decides to review the measures set out in paragraphs 3, 4

2. Decides to remain seized of the matter.
`;
  for (const format of ['plain', 'markdown'] as const) {
    const found = diagnose(text, { format }).filter((d) => d.code === CODE);
    assert.deepEqual(found.map((d) => text.slice(d.span.start, d.span.end)), ['4', '4'], format);
    // The fix adds the missing mark after the number, never inside the list.
    assert.deepEqual(found.map((d) => d.fixes?.[0].edits.map((e) => e.span.start)), [[text.indexOf('3, 4\n\n1.') + 4], [text.indexOf('3, 4\n\n2.') + 4]], format);
  }
  // In Markdown a trailing number is text: the paragraph has no final punctuation.
  const md = 'The Security Council,\n\nHaving considered the report of 13 September 1993, 29\n\n1. Decides to remain seized of the matter.\n';
  assert.deepEqual(diagnose(md).filter((d) => d.code === CODE).map((d) => d.span.start), [md.indexOf(', 29') + 3]);
});

test('a last paragraph ending with a colon before an annex is still reported unless it adopts the text', () => {
  expectFindings(CODE, `The Security Council,

*Recalling* its resolution 1373 (2001),

1. *Decides* to remain seized of the matter:
//                                         ^ structure/paragraph-punctuation

Annex

List of items
`);
});
