import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'structure/operative-verb';

test('third-person verbs and the phrases of 2370 are accepted', () => {
  expectFindings(CODE, `The Security Council,

1. *Reaffirms its decision* in resolution 1373 (2001);

2. *Calls upon* all States to act;

3. *Reaffirms* its intention to take measures;

4. *Further requests* the Secretary-General to report;

5. *Strongly condemns* the attacks;

6. In this context, *demands* that all parties abstain;

7. *Acting* under Chapter VII of the Charter of the United Nations, *decides* to extend the mandate;

8. *Takes note* of the report;

9. *Decides* to remain seized of the matter.
`);
});

test('a participle, a bare infinitive or a past tense is reported, with the third person as fix', () => {
  expectFindings(CODE, `The Security Council,

1. *Deciding* to act;
//  ^^^^^^^^ structure/operative-verb

2. *Decide* to act;
//  ^^^^^^ structure/operative-verb

3. *Requested* the Secretary-General to report;
//  ^^^^^^^^^ structure/operative-verb

4. *Further noting* the report;
//          ^^^^^^ structure/operative-verb

5. *Decides* to remain seized of the matter.
`);
  expectFix(CODE, '1. *Deciding* to act;\n\n2. *Decides* b.\n', '1. *Decides* to act;\n\n2. *Decides* b.\n');
  expectFix(CODE, '1. *Urging* States to act;\n\n2. *Decides* b.\n', '1. *Urges* States to act;\n\n2. *Decides* b.\n');
  expectFix(CODE, '1. *Further noting* the report;\n\n2. *Decides* b.\n', '1. *Further notes* the report;\n\n2. *Decides* b.\n');
});

test('each negotiation alternative is checked', () => {
  expectFindings(CODE, `United States of America: draft resolution

The Security Council,

1. [Decides/Requesting] the Secretary-General to report;
//          ^^^^^^^^^^ structure/operative-verb

2. *Decides* to remain seized of the matter.
`);
});
