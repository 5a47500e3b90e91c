import { citations } from '../../citations';
import { formatDate } from '../../data/dates';
import type { Finding, Rule } from '../types';

export const dateFormat: Rule = {
  code: 'citation/date-format',
  defaultSeverity: 'warning',
  description: 'Dates in citations and the heading are written day, month in full, year: "2 August 2017".',
  check({ doc }) {
    const out: Finding[] = [];
    for (const d of citations(doc).dates) {
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
};
