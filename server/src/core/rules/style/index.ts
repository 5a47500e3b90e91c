import type { Rule } from '../types';
import { italicOpener } from './italic-opener';
import { repeatedOpener } from './repeated-opener';

/** The style/ rules, one file each. */
export const styleRules: Rule[] = [italicOpener, repeatedOpener];
