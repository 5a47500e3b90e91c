import { headingOf } from '../../citations';
import { scStatus } from '../../citations/status';
import type { Finding, Rule } from '../types';

export const headingYear: Rule = {
  code: 'citation/heading-year',
  defaultSeverity: 'error',
  description: 'The year of "Resolution N (YYYY)" in the heading differs from the year of the adoption date.',
  check({ doc, data }) {
    const { resolution, adoption, dateLine } = headingOf(doc).facts;
    const date = adoption?.date ?? dateLine;
    if (!resolution?.yearSpan || resolution.year === undefined || !date) return [];
    if (date.year === resolution.year) return [];
    // A year that the catalogue contradicts is citation/year-mismatch's.
    const status = scStatus(resolution, data.sc);
    if (status.kind === 'known' && status.record.year !== undefined && status.record.year !== resolution.year) return [];
    // When the catalogue confirms the heading's year, the date is what is wrong: changing the year would make a wrong citation.
    const confirmed = status.kind === 'known' && status.record.year === resolution.year;
    const out: Finding[] = [
      {
        code: this.code,
        span: resolution.yearSpan,
        message: `The heading gives ${resolution.year}, but the resolution is dated ${date.text}.`,
        fixes: confirmed ? [] : [{ title: `Change the year to ${date.year}`, edits: [{ span: resolution.yearSpan, newText: String(date.year) }], isPreferred: true }],
        related: [{ span: date.span, message: 'adoption date' }],
      },
    ];
    return out;
  },
};
