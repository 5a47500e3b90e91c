import { citationRule } from '../citation-rule';
import { formatDate, ordinalSuffix } from '../../data/dates';
import type { Finding, Fix } from '../types';

export const gaSessionDate = citationRule({
  code: 'citation/ga-session-date',
  defaultSeverity: 'error',
  description: "The date or year given with a General Assembly resolution falls outside its session's period.",
  find(cs, { data, settings }) {
    const out: Finding[] = [];
    const latest = data.ga.latestSession(settings.today);
    for (const g of cs.ga) {
      const n = g.session;
      if (n === undefined || n > latest) continue;
      const session = `the ${n}${ordinalSuffix(n)} session (${data.ga.period(n)})`;
      // Far from the session, "52/14 of 3 April 2023" follows another body's numbering (the Human Rights Council's).
      const near = (year: number) => year >= 1944 + n && year <= 1947 + n;
      const record = data.ga.resolution(g.symbol);
      if (g.date?.iso && !data.ga.dateFitsSession(n, g.date.iso) && near(g.date.year)) {
        const fixes: Fix[] = record ? [{ title: `Change the date to ${formatDate(record.date)}`, edits: [{ span: g.date.span, newText: formatDate(record.date) }], isPreferred: true }] : [];
        out.push({ code: this.code, span: g.date.span, message: `Resolution ${g.symbol} belongs to ${session}: ${formatDate(g.date.iso)} falls outside it.`, fixes });
      }
      if (g.year !== undefined && g.yearSpan && !data.ga.yearFitsSession(n, g.year) && near(g.year)) {
        const right = record ? Number(record.date.slice(0, 4)) : undefined;
        const fixes: Fix[] = right ? [{ title: `Change the year to ${right}`, edits: [{ span: g.yearSpan, newText: String(right) }], isPreferred: true }] : [];
        out.push({ code: this.code, span: g.yearSpan, message: `Resolution ${g.symbol} belongs to ${session}: it cannot date from ${g.year}.`, fixes });
      }
    }
    return out;
  },
});
