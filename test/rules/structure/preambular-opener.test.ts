import { test } from 'node:test';
import { expectFindings, expectFix } from '../../helpers/fixture';

const CODE = 'structure/preambular-opener';

test('participles, adjectives and standard phrases open preambular paragraphs', () => {
  expectFindings(CODE, `The Security Council,

*Recalling* its resolution 1373 (2001),

*Gravely concerned* by the illicit transfer of small arms,

*Mindful* of its primary responsibility,

*Having considered* the report of the Secretary-General,

*Further recalling* its resolution 2370 (2017),

*Recognising* the value of the Programme of Action,

*Bearing in mind* the Charter of the United Nations,

*In view of* the gravity of the situation,

*Acting* under Chapter VII of the Charter of the United Nations,

1. *Decides* to remain seized of the matter.
`);
});

test('a third-person verb opening a preambular paragraph is reported, with the participle as fix', () => {
  expectFindings(CODE, `The Security Council,

  *Recalls* its resolution 1373 (2001),
// ^^^^^^^ structure/preambular-opener

  *Calls upon* all parties to cooperate,
// ^^^^^^^^^^ structure/preambular-opener

1. *Decides* to remain seized of the matter.
`);
  expectFix(CODE, 'The Security Council,\n\n*Recalls* its resolution 1373 (2001),\n\n1. *Decides* a.\n', 'The Security Council,\n\n*Recalling* its resolution 1373 (2001),\n\n1. *Decides* a.\n');
  expectFix(CODE, 'The Security Council,\n\n*Stresses* the need to act,\n\n1. *Decides* a.\n', 'The Security Council,\n\n*Stressing* the need to act,\n\n1. *Decides* a.\n');
});

test('each negotiation alternative is checked', () => {
  expectFindings(CODE, `United States of America: draft resolution

The Security Council,

  [Recalling/Recalls] its resolution 1373 (2001),
//           ^^^^^^^ structure/preambular-opener

1. *Decides* a.
`);
});

test('plain-text drafts are read through the phrase lists', () => {
  expectFindings(CODE, `The Security Council,

Noting with grave concern the use of improvised explosive devices,

  Notes the report,
//^^^^^ structure/preambular-opener

1. Decides a.
`, { format: 'plain' });
});
