import { acronymsOf, placeOf } from '../../acronyms';
import type { Finding, Rule } from '../types';
import { differs, reducedForm } from './compare';

export const redefined: Rule = {
  code: 'acronym/redefined',
  defaultSeverity: 'information',
  description: 'An acronym defined a second time with the same name.',
  check({ doc }) {
    const out: Finding[] = [];
    for (const e of acronymsOf(doc).entries.values()) {
      const [first, ...later] = e.definitions;
      for (const d of later) {
        if (differs(first, d)) continue;
        const short = reducedForm(d);
        out.push({
          code: this.code,
          span: d.span,
          message: `“${d.written}” is already defined in ${placeOf(doc, first.paragraph)}: after the first definition, write the acronym alone.`,
          related: [{ span: first.span, message: `First definition of “${first.written}”` }],
          fixes: [{ title: `Write “${short}” alone`, edits: [{ span: d.whole, newText: short }], isPreferred: true, safe: true }],
        });
      }
    }
    return out;
  },
};
