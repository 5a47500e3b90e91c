import { acronymsOf } from '../../acronyms';
import type { Finding, Fix, Rule } from '../types';

export const unused: Rule = {
  code: 'acronym/unused',
  defaultSeverity: 'hint',
  description: 'An acronym defined but never used afterwards.',
  check({ doc }) {
    const out: Finding[] = [];
    for (const e of acronymsOf(doc).entries.values()) {
      const def = e.definitions[0];
      if (!def || e.uses.length) continue;
      const fixes: Fix[] = [];
      if (!def.reverse && def.nameSpan) {
        const remove = { start: def.nameSpan.end, end: def.parens.end };
        fixes.push({
          title: `Remove “${doc.text.slice(remove.start, remove.end).trim()}”`,
          edits: [{ span: remove, newText: def.alias ? ` (also known as ${def.alias})` : '' }],
          isPreferred: true,
          safe: true,
        });
      }
      const again = e.definitions.length > 1 ? ` (it is defined ${e.definitions.length} times)` : '';
      out.push({
        code: this.code,
        span: def.span,
        message: `“${def.written}” is defined but never used${again}: keep the full name alone, or use the acronym where the name recurs.`,
        tags: ['unnecessary'],
        fixes,
      });
    }
    return out;
  },
};
