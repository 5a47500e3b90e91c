import { citationRule } from '../citation-rule';
import type { ScCitation } from '../../citations';
import { outerSpan } from '../../citations/source';
import { extent, label } from '../../citations/status';
import type { Finding, Fix, TextEdit } from '../types';

export const listOrder = citationRule({
  code: 'citation/list-order',
  defaultSeverity: 'warning',
  description: 'Resolutions in a list are cited in the order of their adoption (or consistently the most recent first).',
  find(cs, { doc }) {
    const out: Finding[] = [];
    for (const list of cs.lists) {
      const items = list.items;
      if (items.length < 2 || items.some((it) => it.kind !== 'sc')) continue;
      const sc = items as ScCitation[];
      // Most recent first is a deliberate order in adopted texts; only a mixed order is reported.
      const descending = sc.every((it, i) => i === 0 || it.number <= sc[i - 1].number);
      const at = sc.findIndex((it, i) => i > 0 && it.number < sc[i - 1].number);
      if (at < 0 || descending) continue;
      const fixes: Fix[] = [];
      // A year written once for several numbers ("425 and 426 (1978)") would not survive reordering.
      if (!sc.some((it) => it.sharedYear !== undefined)) {
        const spans = sc.map((it) => outerSpan(doc.text, extent(it)));
        const sorted = spans.map((s, i) => ({ s, n: sc[i].number })).sort((a, b) => a.n - b.n);
        const edits: TextEdit[] = [];
        spans.forEach((s, i) => {
          const text = doc.text.slice(sorted[i].s.start, sorted[i].s.end);
          if (text !== doc.text.slice(s.start, s.end)) edits.push({ span: s, newText: text });
        });
        fixes.push({ title: 'Sort the list in the order of adoption', edits, isPreferred: true, safe: true });
      }
      out.push({
        code: this.code,
        span: sc[at].span,
        message: `Resolution ${label(sc[at].number, sc[at].year)} is listed after ${label(sc[at - 1].number, sc[at - 1].year)}, in a list that is otherwise not in reverse order: list resolutions in the order of their adoption.`,
        fixes,
      });
    }
    return out;
  },
});
