import { acronymsOf, placeOf } from '../../acronyms';
import type { Finding, Fix, Rule } from '../types';
import { differs, reducedForm } from './compare';

export const conflictingDefinition: Rule = {
  code: 'acronym/conflicting-definition',
  defaultSeverity: 'warning',
  description: 'An acronym defined again with a different name.',
  check({ doc, data }) {
    const out: Finding[] = [];
    for (const e of acronymsOf(doc).entries.values()) {
      const [first, ...later] = e.definitions;
      const official = data.acronyms.officialName(e.key);
      for (const d of later) {
        if (!differs(first, d)) continue;
        const short = reducedForm(d);
        const fixes: Fix[] = [];
        if (official && first.nameSpan && first.name !== official) {
          fixes.push({
            title: `Write the official name “${official}” in the first definition and “${short}” here`,
            edits: [
              { span: first.nameSpan, newText: official },
              { span: d.whole, newText: short },
            ],
            isPreferred: true,
          });
        }
        fixes.push({ title: `Write “${short}” here, keeping the first definition`, edits: [{ span: d.whole, newText: short }], isPreferred: !fixes.length });
        const note = !official ? '' : official === d.name || official === first.name ? ` “${official}” is the official name.` : ` The official name is “${official}”.`;
        out.push({
          code: this.code,
          span: d.span,
          message: `“${d.written}” is defined again with another name: “${d.name}” here, “${first.name}” in ${placeOf(doc, first.paragraph)}. Use one name.${note}`,
          related: [{ span: first.span, message: `First definition: “${first.name}”` }],
          fixes,
        });
      }
    }
    return out;
  },
};
