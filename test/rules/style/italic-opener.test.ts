import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'style/italic-opener';

test('an opener in roman type among italic ones is a hint; the fix italicizes it', () => {
  expectFindings(CODE, `The Security Council,

*Recalling* its resolution 1373 (2001),

*Reaffirming* its primary responsibility,

  Gravely concerned by the illicit transfer of small arms,
//^^^^^^^^^^^^^^^^^ style/italic-opener

1. *Decides* to act;

2. *Urges* States to act;

3. Calls upon States to report;
// ^^^^^^^^^^ style/italic-opener

4. *Decides* to remain seized of the matter.
`);
  expectFix(CODE, 'The Security Council,\n\n*Recalling* a,\n\n*Noting* b,\n\nGravely concerned by c,\n\n1. *Decides* d.\n', 'The Security Council,\n\n*Recalling* a,\n\n*Noting* b,\n\n*Gravely concerned* by c,\n\n1. *Decides* d.\n');
  expectFix(CODE, 'The Security Council,\n\n1. *Decides* a;\n\n2. *Urges* b;\n\n3. Calls upon c;\n\n4. *Decides* d.\n', 'The Security Council,\n\n1. *Decides* a;\n\n2. *Urges* b;\n\n3. *Calls upon* c;\n\n4. *Decides* d.\n');
});

test('no hint where the part is written in roman type, in plain text, or where the verb follows an introduction', () => {
  expectFindings(CODE, 'The Security Council,\n\nRecalling a,\n\nNoting b,\n\n1. Decides c;\n\n2. Decides d.\n');
  expectFindings(CODE, 'The Security Council,\n\n*Recalling* a,\n\n*Noting* b,\n\nStressing c,\n\n1. *Decides* d.\n', { format: 'plain' });
  expectFindings(CODE, 'The Security Council,\n\n1. *Decides* a;\n\n2. *Urges* b;\n\n3. In this context, *demands* c;\n\n4. *Decides* d.\n');
});
