import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnose, expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'structure/numbering';

test('1, 2, 3 with sub-paragraphs (a), (b) and (i), (ii) is in sequence', () => {
  expectFindings(CODE, `The Security Council,

1. *Decides* that all States shall:

(a) Prevent the financing of terrorist acts;

(b) Freeze funds:

(i) of persons;

(ii) of entities;

2. *Requests* the Secretary-General to report;

3. *Decides* to remain seized of the matter.
`);
});

test('a gap, a repeat and a number out of order are reported on the number that breaks the sequence', () => {
  // Paragraphs are indented two spaces so that the markers (which start at column 2) can point at the numbers.
  expectFindings(CODE, `The Security Council,

  1. *Decides* to act;

  3. *Urges* States to act;
//^ structure/numbering

  3. *Requests* a report;
//^ structure/numbering

  2. *Decides* to remain seized of the matter.
//^ structure/numbering
`);
  const [gap, repeat, order] = diagnose('1. *Decides* a;\n\n3. *Urges* b;\n\n3. *Requests* c;\n\n2. *Decides* d.\n').filter((d) => d.code === CODE);
  assert.match(gap.message, /jumps from 1 to 3: 2 is missing/);
  assert.match(repeat.message, /3 is numbered twice/);
  assert.match(order.message, /2 comes after 3/);
  assert.equal(gap.severity, 'error');
});

test('sub-paragraph letters out of sequence are reported', () => {
  expectFindings(CODE, `1. *Decides* that all States shall:

(a) Prevent the financing of terrorism;

  (c) Freeze funds;
// ^ structure/numbering

2. *Decides* to remain seized of the matter.
`);
});

test('negotiation numbers 5 bis and 5 ter fit the sequence', () => {
  expectFindings(CODE, `United States of America: draft resolution

The Security Council,

1. *Decides* a;

2. *Decides* b;

2 bis. *Urges* c;

2 ter. *Requests* d;

3. *Decides* e.
`);
  expectFindings(CODE, `1. *Decides* a;

  1 ter. *Urges* b;
//^^^^^ structure/numbering

2. *Decides* d.
`);
});

test('a list led by romans may hold letters, and a headed group may restart at (a)', () => {
  expectFindings(CODE, `1. *Decides* that the mandate shall be:

(i) *Protection of civilians*

(a) Protect civilians;

(b) Patrol;

(ii) *Stabilization*

Stabilization

(a) Coordinate;

2. *Decides* to remain seized of the matter.
`);
});

test('numbering may restart at 1 after a section marker of an omnibus text', () => {
  expectFindings(CODE, `The General Assembly,

I

Umoja

*Recalling* its resolution 60/283,

1. *Takes note* of the report;

2. *Endorses* the conclusions;

II

Financial performance

*Recalling* its resolution 72/266 A,

1. *Takes note* of the report;

2. *Approves* the return of credits.
`);
});

test('a number written without its full stop is reported, and the fix adds it', () => {
  expectFindings(CODE, `1. *Decides* a;

  2 *Urges* b;
//^ structure/numbering

3. *Decides* c.
`);
  expectFix(CODE, '1. *Decides* a;\n\n2 *Urges* b;\n\n3. *Decides* c.\n', '1. *Decides* a;\n\n2. *Urges* b;\n\n3. *Decides* c.\n');
});

test('the renumber fix renumbers the paragraphs and every internal reference to them in one edit', () => {
  const before = `1. *Decides* a;

3. *Urges* States to implement paragraph 3 (b) above;

(a) Ensure x;

(c) Ensure y;

4. *Requests* a report on paragraphs 1 and 3 above;

5. *Decides* to remain seized of the matter, recalling paragraph 3 of resolution 2370 (2017).
`;
  const after = `1. *Decides* a;

2. *Urges* States to implement paragraph 2 (b) above;

(a) Ensure x;

(b) Ensure y;

3. *Requests* a report on paragraphs 1 and 2 above;

4. *Decides* to remain seized of the matter, recalling paragraph 3 of resolution 2370 (2017).
`;
  expectFix(CODE, before, after);
  assert.deepEqual(diagnose(after).filter((d) => d.code === CODE), []);
});
