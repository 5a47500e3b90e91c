import type { Rule } from '../types';

/** The acronym/ rules, one file each. */
export const acronymRules: Rule[] = [];
