import { acronymsOf } from '../../acronyms';
import type { AcronymData } from '../../data/acronym-data';
import type { ResolutionDoc } from '../../syntax/model';
import type { Span } from '../../text/span';
import type { Finding, Fix, Rule } from '../types';

/** What follows a plural rather than a possessed noun: "(IED's)", "IED's in", "IED's and". */
const AFTER_PLURAL = /^(?:\s*(?:[),;:.]|$)|\s+(?:and|or|in|of|to|by|from|with|that|which|who|are|were|have|has|is|was|as|for|on|at|into|against|such|including|used)\b)/i;

export const apostrophe: Rule = {
  code: 'acronym/apostrophe',
  defaultSeverity: 'warning',
  description: 'An apostrophe with an acronym: "IED\'s" for a plural (write "IEDs") or a possessive ("MONUSCO\'s mandate").',
  check({ doc, data }) {
    const out: Finding[] = [];
    const table = acronymsOf(doc);
    const report = (written: string, key: string, span: Span, apo: Span) => {
      const whole = { start: span.start, end: apo.end };
      const plural = readsAsPlural(doc, data.acronyms, key, apo);
      const asPlural: Fix = { title: `Write “${key}s”`, edits: [{ span: whole, newText: `${key}s` }], isPreferred: plural, safe: plural };
      const asAttribute: Fix = { title: `Remove the apostrophe-s after “${written}”`, edits: [{ span: apo, newText: '' }], isPreferred: !plural };
      out.push({
        code: this.code,
        span: whole,
        message: plural
          ? `No apostrophe in the plural of an acronym: write “${key}s”.`
          : `The UN Editorial Manual puts no possessive apostrophe on an acronym: write “the ${written} mandate” or “the mandate of ${written}”, not “${written}’s mandate”.`,
        fixes: plural ? [asPlural, asAttribute] : [asAttribute, asPlural],
      });
    };
    for (const o of table.occurrences) {
      if (o.kind === 'use' && o.use.apostrophe) report(o.use.written, o.use.key, o.use.span, o.use.apostrophe);
      if (o.kind === 'definition' && o.def.apostrophe) report(o.def.written, o.def.key, o.def.span, o.def.apostrophe);
    }
    return out;
  },
};

/**
 * A plural needs words after it that do not read as a possessed noun ("(IED's)", "IED's in"), and,
 * when the name is known, a term in lower case (improvised explosive device) rather than a body (MONUSCO).
 */
function readsAsPlural(doc: ResolutionDoc, data: AcronymData, key: string, apo: Span): boolean {
  const entry = acronymsOf(doc).entries.get(key);
  const name = entry?.definitions.find((d) => d.name)?.name ?? data.officialName(key) ?? data.expansions(key)[0]?.name;
  return (!name || /^[a-z]/.test(name)) && AFTER_PLURAL.test(doc.text.slice(apo.end, apo.end + 20));
}
