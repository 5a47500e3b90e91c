import { headingOf } from '../../citations';
import { sameAdoptionDay, scStatus } from '../../citations/status';
import { formatDate, ordinalSuffix } from '../../data/dates';
import type { Finding, Rule } from '../types';

export const headingRecord: Rule = {
  code: 'citation/heading-record',
  defaultSeverity: 'warning',
  description: "The heading's adoption date or meeting differs from the catalogue's record of that resolution.",
  check({ doc, data }) {
    const { resolution, adoption, dateLine } = headingOf(doc).facts;
    if (!resolution) return [];
    const status = scStatus(resolution, data.sc);
    if (status.kind !== 'known' || status.record.origin === 'inferred') return [];
    const r = status.record;
    // With the wrong year the number itself may be wrong: citation/year-mismatch speaks first.
    if (r.year !== resolution.year) return [];
    const out: Finding[] = [];
    for (const d of [adoption?.date, dateLine]) {
      if (!d?.iso || !r.date || sameAdoptionDay(d.iso, r.date)) continue;
      out.push({
        code: this.code,
        span: d.span,
        message: `Resolution ${r.number} (${r.year}) was adopted on ${formatDate(r.date)}, according to the catalogue, not on ${formatDate(d.iso)}.`,
        fixes: [{ title: `Change the date to ${formatDate(r.date)}`, edits: [{ span: d.span, newText: formatDate(r.date) }], isPreferred: true }],
      });
    }
    if (adoption && r.meeting !== undefined && adoption.meeting !== r.meeting) {
      const span = { start: adoption.meetingSpan.start, end: adoption.suffixSpan.end };
      const right = `${r.meeting}${ordinalSuffix(r.meeting)}`;
      out.push({
        code: this.code,
        span,
        message: `Resolution ${r.number} (${r.year}) was adopted at the ${right} meeting, according to the catalogue, not the ${adoption.meeting}${ordinalSuffix(adoption.meeting)}.`,
        fixes: [{ title: `Change the meeting to ${right}`, edits: [{ span, newText: right }], isPreferred: true }],
      });
    }
    return out;
  },
};
