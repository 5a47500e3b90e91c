import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'style/repeated-opener';

test('a repeated opener takes "also", then "further"', () => {
  expectFindings(CODE, `The Security Council,

*Reaffirming* its resolution 1373 (2001),

*Reaffirming also* its resolution 2370 (2017),

*Further reaffirming* its resolution 2396 (2017),

*Recalling* its resolution 2253 (2015),

1. *Decides* to remain seized of the matter.
`);
});

test('only a repeat of the paragraph just before is reported', () => {
  expectFindings(CODE, `The Security Council,

*Reaffirming* its resolution 1373 (2001),

*Recalling* its resolution 2253 (2015),

*Reaffirming* its resolution 2370 (2017),

*Noting* a,

  *Noting with concern* b,
// ^^^^^^ style/repeated-opener

1. *Decides* to remain seized of the matter.
`);
});

test('a repeated opener without "also" or "further" is a hint; the fix adds the adverb', () => {
  expectFindings(CODE, `The Security Council,

*Reaffirming* its resolution 1373 (2001),

  *Reaffirming* its resolution 2370 (2017),
// ^^^^^^^^^^^ style/repeated-opener

  *Reaffirming* its resolution 2396 (2017),
// ^^^^^^^^^^^ style/repeated-opener

1. *Decides* to remain seized of the matter.
`);
  expectFix(CODE, 'The Security Council,\n\n*Noting* a,\n\n*Noting* b,\n\n1. *Decides* c.\n', 'The Security Council,\n\n*Noting* a,\n\n*Noting also* b,\n\n1. *Decides* c.\n');
  expectFix(CODE, 'The Security Council,\n\n*Noting* a,\n\n*Noting also* b,\n\n*Noting* c,\n\n1. *Decides* d.\n', 'The Security Council,\n\n*Noting* a,\n\n*Noting also* b,\n\n*Noting further* c,\n\n1. *Decides* d.\n');
});
