import type { Rule } from '../types';

/** The structure/ rules, one file each. */
export const structureRules: Rule[] = [];
