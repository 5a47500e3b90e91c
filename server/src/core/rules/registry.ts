import { acronymRules } from './acronym';
import { citationRules } from './citation';
import { structureRules } from './structure';
import { styleRules } from './style';
import type { Rule } from './types';

/** Every rule, in a stable order. Codes are unique and never reused. */
export const RULES: readonly Rule[] = [...citationRules, ...acronymRules, ...structureRules, ...styleRules];

const byCode = new Map(RULES.map((r) => [r.code, r]));

export function ruleFor(code: string): Rule | undefined {
  return byCode.get(code);
}
