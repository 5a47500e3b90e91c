import { citationRule } from '../citation-rule';
import { label, sameAdoptionDay, scStatus } from '../../citations/status';
import { formatDate } from '../../data/dates';
import type { Finding } from '../types';

export const dateMismatch = citationRule({
  code: 'citation/date-mismatch',
  defaultSeverity: 'warning',
  description: 'The date given with a cited resolution ("of 28 September 2001") is not its adoption date.',
  find(cs, { data }) {
    const out: Finding[] = [];
    const c = cs;
    for (const s of c.sc) {
      const d = s.date;
      if (!d?.iso) continue;
      const status = scStatus(s, data.sc);
      const record = status.kind === 'known' ? status.record : undefined;
      if (record?.date) {
        // A wrong year is citation/year-mismatch's: the year in parentheses, else the date's.
        if (sameAdoptionDay(d.iso, record.date) || (s.year ?? d.year) !== record.year) continue;
        out.push({
          code: this.code,
          span: d.span,
          message: `Resolution ${label(s.number, record.year)} was adopted on ${formatDate(record.date)}, not on ${formatDate(d.iso)}.`,
          fixes: [{ title: `Change the date to ${formatDate(record.date)}`, edits: [{ span: d.span, newText: formatDate(record.date) }], isPreferred: true }],
        });
      } else if (s.year !== undefined && d.year !== s.year) {
        out.push({ code: this.code, span: d.yearSpan, message: `The date ${formatDate(d.iso)} is not in ${s.year}, the year cited for resolution ${s.number}.` });
      }
    }
    for (const g of c.ga) {
      const d = g.date;
      if (!d?.iso) continue;
      const record = data.ga.resolution(g.symbol);
      if (!record || record.date === d.iso) continue;
      // A date outside the session is citation/ga-session-date's.
      if (g.session !== undefined && !data.ga.dateFitsSession(g.session, d.iso)) continue;
      out.push({
        code: this.code,
        span: d.span,
        message: `General Assembly resolution ${g.symbol} was adopted on ${formatDate(record.date)}, not on ${formatDate(d.iso)}.`,
        fixes: [{ title: `Change the date to ${formatDate(record.date)}`, edits: [{ span: d.span, newText: formatDate(record.date) }], isPreferred: true }],
      });
    }
    return out;
  },
});
