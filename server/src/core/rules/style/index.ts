import type { Rule } from '../types';

/** The style/ rules, one file each. */
export const styleRules: Rule[] = [];
