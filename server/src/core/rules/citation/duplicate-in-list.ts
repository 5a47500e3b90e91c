import { citationRule } from '../citation-rule';
import type { ListItem } from '../../citations';
import { outerSpan } from '../../citations/source';
import { extent } from '../../citations/status';
import type { Finding } from '../types';

const key = (it: ListItem) => (it.kind === 'sc' ? `sc:${it.number}` : `ga:${it.symbol}`);

export const duplicateInList = citationRule({
  code: 'citation/duplicate-in-list',
  defaultSeverity: 'warning',
  description: 'The same resolution cited twice in one list.',
  find(cs, { doc }) {
    const out: Finding[] = [];
    for (const list of cs.lists) {
      const seen = new Set<string>();
      list.items.forEach((it, i) => {
        const k = key(it);
        if (!seen.has(k)) {
          seen.add(k);
          return;
        }
        // Remove the item with the separator before it.
        const from = outerSpan(doc.text, extent(list.items[i - 1])).end;
        const to = outerSpan(doc.text, extent(it)).end;
        out.push({
          code: this.code,
          span: it.span,
          message: `Resolution ${doc.text.slice(it.span.start, it.span.end)} is already cited earlier in this list.`,
          fixes: [{ title: 'Remove the repeated resolution', edits: [{ span: { start: from, end: to }, newText: '' }], isPreferred: true, safe: true }],
          tags: ['unnecessary'],
        });
      });
    }
    return out;
  },
});
