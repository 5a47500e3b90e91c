import { acronymsOf, NEVER_ABBREVIATED, occurrenceAt, placeOf, type Occurrence } from '../../acronyms';
import { contains } from '../../text/span';
import type { FeatureContext, HoverResult } from '../types';

/** Markdown-escapes a name so that asterisks or brackets in it print as written. */
export function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-!|<>]/g, '\\$&');
}

const ORGAN = { SC: 'Security Council', GA: 'General Assembly' } as const;

/** An acronym's expansion, where the text defines it, and the official name when the text's differs. */
export function hover({ doc, data }: FeatureContext, offset: number): HoverResult | undefined {
  const table = acronymsOf(doc);
  const never = table.never.find((n) => contains(n.span, offset));
  if (never) {
    const full = NEVER_ABBREVIATED.get(never.key)!;
    return { span: never.span, markdown: `**${md(never.written)}**: ${md(full)}\n\nThe United Nations writes “${md(full)}” in full in formal texts.` };
  }
  const o = occurrenceAt(table, offset);
  if (!o) return undefined;
  const key = o.kind === 'definition' ? o.def.key : o.use.key;
  const entry = table.entries.get(key)!;
  const def = entry.definitions[0];
  const official = data.acronyms.officialName(key);
  const lines: string[] = [];
  const name = def?.name ?? official ?? data.acronyms.expansions(key)[0]?.name;
  lines.push(`**${md(key)}**${name ? `: ${md(name)}` : ''}`);
  if (def) {
    const again = entry.definitions.slice(1).map((d) => placeOf(doc, d.paragraph));
    lines.push(`Defined in ${placeOf(doc, def.paragraph)}${again.length ? `; defined again in ${again.join(', ')}` : ''}.`);
    if (isUseBefore(o, def.span.start)) lines.push('Used here before its definition.');
    if (def.alias) lines.push(`Also known as ${md(def.alias)}.`);
  } else {
    const aliased = entry.uses.find((u) => u.aliased);
    const allowed = data.acronyms.allowedUndefined(key, doc.organ);
    if (aliased) lines.push(`Introduced with its alias in ${placeOf(doc, aliased.paragraph)}, without its full name.`);
    else if (allowed?.by === 'allowlist') lines.push(`Not defined in this text; ${doc.organ ? `${ORGAN[doc.organ]} texts` : 'adopted texts'} commonly use it undefined (${allowed.usedUndefined} of the ${allowed.using} resolutions that use it).`);
    else if (allowed) lines.push('Not defined in this text; your glossary accepts it undefined.');
    else lines.push('Not defined in this text.');
  }
  if (official && (!name || spelling(name) !== spelling(official))) lines.push(`Official name: ${md(official)}.`);
  if (!def && !official) {
    const attested = data.acronyms.expansions(key).find((e) => e.origin === 'attested');
    if (attested) lines.push(`As adopted resolutions define it (${attested.count}): ${md(attested.name)}.`);
  }
  const span = o.kind === 'definition' ? o.def.span : o.use.span;
  return { span, markdown: lines.join('\n\n') };
}

/** Names compared as spelt, apart from spacing and the form of apostrophes. */
function spelling(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();
}

function isUseBefore(o: Occurrence, definedAt: number): boolean {
  return o.kind === 'use' && o.use.span.start < definedAt;
}
