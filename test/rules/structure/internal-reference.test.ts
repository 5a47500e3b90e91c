import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnose, expectFindings } from '../../helpers/fixture';

const CODE = 'structure/internal-reference';

const BODY = `The Security Council,

1. *Decides* that all States shall:

(a) Prevent the financing of terrorist acts;

(b) Freeze funds;

2. *Urges* States to act;

3. *Requests* a report;
`;

test('references to paragraphs and sub-paragraphs that exist are accepted', () => {
  expectFindings(CODE, `${BODY}
4. *Decides* that paragraph 2 above, paragraphs 1 to 3, paragraph 1 (b), paragraphs 1 (a) and (b) and paragraph 3 of this resolution apply.
`);
});

test('a reference to a paragraph that does not exist is a warning', () => {
  expectFindings(CODE, `${BODY}
  4. *Recalls* paragraph 7 above and paragraphs 2 to 9 below.
//                       ^ structure/internal-reference
//                                                   ^ structure/internal-reference
`);
  const d = diagnose(`${BODY}\n4. *Recalls* paragraph 7 above.\n`).find((x) => x.code === CODE)!;
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /no paragraph 7/);
});

test('a reference to a sub-paragraph that does not exist is a warning', () => {
  expectFindings(CODE, `${BODY}
  4. *Recalls* paragraph 1 (c) above.
//                       ^^^^^ structure/internal-reference
`);
});

test('paragraphs of other texts are not checked', () => {
  expectFindings(CODE, `${BODY}
4. *Recalls* paragraph 9 of resolution 2705 (2023), resolution 2370 (2017), paragraph 12, Article 12, paragraph 2, of the Charter, its paragraph 21, paragraphs 23 (a) to (c) of resolution 1844 (2008) and paragraph 11 of the report of the Secretary-General (S/2017/1);

5. *Decides* that “paragraph 9 above” shall read “paragraph 10 above”.
`);
});
