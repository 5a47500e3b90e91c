import type { Rule } from './types';

/** Codes the service itself reports (not a rule's check): they have docs, settings and tests like rules. */
export type MetaRule = Omit<Rule, 'check'>;

export const REDUCED_MODE: MetaRule = {
  code: 'structure/reduced-mode',
  defaultSeverity: 'information',
  description: 'The document is over the size limit, so only citation and numbering checks run.',
};

export const UNUSED_SUPPRESSION: MetaRule = {
  code: 'style/unused-suppression',
  defaultSeverity: 'hint',
  description: 'A resolute-disable comment that suppresses no finding.',
};

export const META_RULES: readonly MetaRule[] = [REDUCED_MODE, UNUSED_SUPPRESSION];
