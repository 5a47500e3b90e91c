import { citationRule } from '../citation-rule';
import { outerSpan } from '../../citations/source';
import type { Finding } from '../types';

export const missingComma = citationRule({
  code: 'citation/missing-comma',
  defaultSeverity: 'warning',
  description: 'Two cited resolutions in a list with nothing between them: "1566 (2004) 1624 (2005)".',
  find(cs, { doc }) {
    const out: Finding[] = [];
    for (const list of cs.lists) {
      list.separators.forEach((s, i) => {
        if (s.kind !== 'none') return;
        const at = outerSpan(doc.text, list.items[i].span).end;
        out.push({
          code: this.code,
          span: s.span,
          message: 'A comma is missing between these two resolutions.',
          fixes: [{ title: 'Add a comma', edits: [{ span: { start: at, end: at }, newText: ',' }], isPreferred: true, safe: true }],
        });
      });
    }
    return out;
  },
});
