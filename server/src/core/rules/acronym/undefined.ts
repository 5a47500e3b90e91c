import { acronymsOf } from '../../acronyms';
import { definitionText, nameChoices } from '../../acronyms/expansions';
import { nameInNumber } from '../../acronyms/names';
import type { Finding, Fix, Rule } from '../types';

export const undefinedAcronym: Rule = {
  code: 'acronym/undefined',
  defaultSeverity: 'warning',
  description: 'An acronym used without ever being defined in the text, and not one the organ uses undefined.',
  check({ doc, data }) {
    const out: Finding[] = [];
    for (const e of acronymsOf(doc).entries.values()) {
      if (e.definitions.length || !e.uses.length || e.uses.some((u) => u.aliased)) continue;
      if (data.acronyms.allowedUndefined(e.key, doc.organ)) continue;
      const first = e.uses[0];
      const choices = nameChoices(doc, data.acronyms, e.key);
      const fixes: Fix[] = choices.map((c, i) => {
        const text = definitionText(nameInNumber(c.name, first.plural), first.written, c.alias);
        return {
          title: `Write “${text}” (${c.why})`,
          edits: [{ span: first.span, newText: text }],
          isPreferred: i === 0,
          safe: i === 0 && (c.origin === 'document' || c.origin === 'official'),
        };
      });
      if (!fixes.length) {
        fixes.push(
          { title: `Write the full name before “${first.written}”`, edits: [{ span: first.span, newText: `\${1:full name} (${first.written})` }], snippet: true, isPreferred: true },
          { title: `Add “${e.key}” to the glossary`, edits: [], command: { id: 'resolute.addToGlossary', args: [e.key] } },
        );
      }
      const times = e.uses.length > 1 ? ` (used ${e.uses.length} times)` : '';
      const example = choices.length ? `: “${definitionText(nameInNumber(choices[0].name, first.plural), first.written, choices[0].alias)}”` : '';
      out.push({
        code: this.code,
        span: first.span,
        message: `“${first.written}” is never defined${times}. Write the full name at its first use, with the acronym in parentheses${example}.`,
        fixes,
      });
    }
    return out;
  },
};
