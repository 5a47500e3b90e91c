import { citationRule } from '../citation-rule';
import { label, scStatus } from '../../citations/status';
import { formatDate } from '../../data/dates';
import type { Finding, Fix } from '../types';

export const yearMismatch = citationRule({
  code: 'citation/year-mismatch',
  defaultSeverity: 'error',
  description: 'The year cited for a Security Council resolution is not the year it was adopted.',
  find(cs, { data }) {
    const out: Finding[] = [];
    for (const c of cs.sc) {
      // The year in parentheses, else the year of "of <date>" ("resolution 1255 of 30 July 1999").
      const yearSpan = c.yearSpan ?? c.date?.yearSpan;
      const written = c.year ?? c.date?.year;
      if (!yearSpan || written === undefined) continue;
      const status = scStatus(c, data.sc);
      if (status.kind !== 'known') continue;
      const { record } = status;
      if (record.year === undefined || record.year === written) continue;
      const when = record.date ? `on ${formatDate(record.date)}` : `in ${record.year}`;
      const fixes: Fix[] = [];
      if (c.yearSpan) {
        fixes.push({ title: `Change the year to ${record.year}`, edits: [{ span: c.yearSpan, newText: String(record.year) }], isPreferred: true });
      } else if (c.date && record.date) {
        fixes.push({ title: `Change the date to ${formatDate(record.date)}`, edits: [{ span: c.date.span, newText: formatDate(record.date) }], isPreferred: true });
      }
      for (const n of data.sc.suggestions(c.number, written)) {
        fixes.push({ title: `Did you mean resolution ${label(n, written)}?`, edits: [{ span: c.numberSpan, newText: String(n) }] });
      }
      out.push({
        code: this.code,
        span: yearSpan,
        message: `Resolution ${c.number} was adopted ${when}, not in ${written}.`,
        fixes,
      });
    }
    return out;
  },
});
