import { acronymRules } from './acronym';
import { citationRules } from './citation';
import { structureRules } from './structure';
import { styleRules } from './style';
import { META_RULES, type MetaRule } from './meta';
import type { Rule } from './types';

/** Every rule, in a stable order. Codes are unique and never reused. */
export const RULES: readonly Rule[] = [...citationRules, ...acronymRules, ...structureRules, ...styleRules];

/** Every code a diagnostic can carry: the rules and the service's own codes. */
export const ALL_CODES: readonly MetaRule[] = [...RULES, ...META_RULES];

const byCode = new Map<string, MetaRule>(ALL_CODES.map((r) => [r.code, r]));

export function ruleFor(code: string): MetaRule | undefined {
  return byCode.get(code);
}
