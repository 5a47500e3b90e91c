import { acronymsOf } from '../../acronyms';
import { sameName } from '../../acronyms/names';
import type { Finding, Rule } from '../types';

export const unofficial: Rule = {
  code: 'acronym/unofficial',
  defaultSeverity: 'information',
  description: 'A definition whose acronym differs from the official one for the same name.',
  check({ doc, data }) {
    const out: Finding[] = [];
    const table = acronymsOf(doc);
    for (const e of table.entries.values()) {
      const def = e.definitions[0];
      const official = def?.official;
      if (!official || official.acronyms.includes(e.key)) continue;
      // The organ's own practice counts: a name adopted resolutions define with this acronym is not wrong.
      if (data.acronyms.expansions(e.key).some((x) => x.origin === 'attested' && sameName(x.name, official.name))) continue;
      const places = [...e.definitions.map((d) => d.keySpan), ...e.uses.map((u) => u.keySpan)];
      out.push({
        code: this.code,
        span: def.span,
        message: `The official acronym of the ${official.name} is ${official.acronyms.join(' or ')}, not ${def.written}.`,
        fixes: official.acronyms.map((a, i) => ({
          title: `Write “${a}” here and wherever “${e.key}” is used`,
          edits: places.map((span) => ({ span, newText: a })),
          isPreferred: i === 0,
        })),
      });
    }
    return out;
  },
};
