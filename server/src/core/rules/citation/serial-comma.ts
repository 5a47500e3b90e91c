import { citationRule } from '../citation-rule';
import type { Finding } from '../types';

export const serialComma = citationRule({
  code: 'citation/serial-comma',
  defaultSeverity: 'hint',
  description: 'A comma before the "and" that introduces the last resolution of a list (the Editorial Manual omits it).',
  find(cs, { doc }) {
    const out: Finding[] = [];
    for (const list of cs.lists) {
      const last = list.separators[list.separators.length - 1];
      if (list.items.length < 3 || last?.kind !== 'comma-and') continue;
      const comma = doc.text.indexOf(',', last.span.start);
      if (comma < 0 || comma >= last.span.end) continue;
      out.push({
        code: this.code,
        span: { start: comma, end: comma + 1 },
        message: 'The United Nations Editorial Manual writes no comma before the "and" of the last item (adopted texts use both forms).',
        fixes: [{ title: 'Remove the comma', edits: [{ span: last.span, newText: ' and ' }], isPreferred: true, safe: true }],
      });
    }
    return out;
  },
});
