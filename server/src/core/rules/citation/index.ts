import type { Rule } from '../types';

/** The citation/ rules, one file each. */
export const citationRules: Rule[] = [];
