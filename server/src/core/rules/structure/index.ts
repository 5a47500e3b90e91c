import type { Rule } from '../types';
import { closingParagraph } from './closing-paragraph';
import { internalReference } from './internal-reference';
import { negotiationMarks } from './negotiation-marks';
import { numbering } from './numbering';
import { operativeVerb } from './operative-verb';
import { paragraphPunctuation } from './paragraph-punctuation';
import { preambularOpener } from './preambular-opener';

/** The structure/ rules, one file each. */
export const structureRules: Rule[] = [numbering, paragraphPunctuation, preambularOpener, operativeVerb, closingParagraph, internalReference, negotiationMarks];
