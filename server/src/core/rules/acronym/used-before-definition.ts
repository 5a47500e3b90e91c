import { acronymsOf, placeOf } from '../../acronyms';
import { definitionText } from '../../acronyms/expansions';
import { pluralName, singularName } from '../../acronyms/names';
import type { Finding, Fix, Rule } from '../types';
import { reducedForm } from './compare';

export const usedBeforeDefinition: Rule = {
  code: 'acronym/used-before-definition',
  defaultSeverity: 'warning',
  description: 'An acronym used before the paragraph that defines it.',
  check({ doc }) {
    const out: Finding[] = [];
    for (const e of acronymsOf(doc).entries.values()) {
      const def = e.definitions[0];
      const first = e.uses[0];
      if (!def || !first || first.span.start >= def.span.start) continue;
      const fixes: Fix[] = [];
      if (def.name && first.span.end <= def.whole.start) {
        const name = def.plural === first.plural ? def.name : first.plural ? pluralName(def.name) : singularName(def.name);
        fixes.push({
          title: `Move the definition here: “${definitionText(name, first.written, def.alias)}”`,
          edits: [
            { span: first.span, newText: definitionText(name, first.written, def.alias) },
            { span: def.whole, newText: reducedForm(def) },
          ],
          isPreferred: true,
        });
      }
      out.push({
        code: this.code,
        span: first.span,
        message: `“${first.written}” is used here before its definition in ${placeOf(doc, def.paragraph)}: define it at its first use.`,
        related: [{ span: def.span, message: `“${def.written}” is defined here` }],
        fixes,
      });
    }
    return out;
  },
};
