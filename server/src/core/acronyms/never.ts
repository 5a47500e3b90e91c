/**
 * Names the UN Editorial Manual never abbreviates in formal text (RULES.md ABBR-03): "United Nations"
 * and the titles of the principal organs and of the Secretary-General. Values: the words to write instead.
 */
export const NEVER_ABBREVIATED: ReadonlyMap<string, string> = new Map([
  ['UN', 'United Nations'],
  ['UNSC', 'Security Council'],
  ['UNGA', 'General Assembly'],
  ['UNSG', 'Secretary-General'],
  ['UNSCR', 'Security Council resolution'],
  ['SC', 'Security Council'],
  ['GA', 'General Assembly'],
  ['SG', 'Secretary-General'],
  ['ECOSOC', 'Economic and Social Council'],
]);
