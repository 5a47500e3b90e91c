import { citationRule } from '../citation-rule';
import { formatDate } from '../../data/dates';
import type { Finding } from '../types';

export const dateFormat = citationRule({
  code: 'citation/date-format',
  defaultSeverity: 'warning',
  description: 'Dates in citations and the heading are written day, month in full, year: "2 August 2017".',
  find(cs) {
    const out: Finding[] = [];
    for (const d of cs.dates) {
      if (!d.iso || d.wellFormed) continue;
      const right = formatDate(d.iso);
      out.push({
        code: this.code,
        span: d.span,
        message: `Write the date as "${right}": day in figures without "th" or a leading zero, the month in full, no comma.`,
        fixes: [{ title: `Write "${right}"`, edits: [{ span: d.span, newText: right }], isPreferred: true, safe: true }],
      });
    }
    return out;
  },
});
