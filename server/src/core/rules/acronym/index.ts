import type { Rule } from '../types';
import { apostrophe } from './apostrophe';
import { conflictingDefinition } from './conflicting-definition';
import { neverAbbreviated } from './never-abbreviated';
import { redefined } from './redefined';
import { undefinedAcronym } from './undefined';
import { unofficial } from './unofficial';
import { unused } from './unused';
import { usedBeforeDefinition } from './used-before-definition';

/** The acronym/ rules, one file each. */
export const acronymRules: Rule[] = [undefinedAcronym, usedBeforeDefinition, redefined, conflictingDefinition, apostrophe, unofficial, unused, neverAbbreviated];
