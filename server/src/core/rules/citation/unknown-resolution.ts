import { citationRule } from '../citation-rule';
import { label, scStatus } from '../../citations/status';
import { formatDate } from '../../data/dates';
import type { Finding } from '../types';

export const unknownResolution = citationRule({
  code: 'citation/unknown-resolution',
  defaultSeverity: 'error',
  description: 'A cited number that cannot be a Security Council resolution: 0, or beyond the catalogue in a year it covers in full.',
  find(cs, { data }) {
    const out: Finding[] = [];
    for (const c of cs.sc) {
      if (c.form === 'committee') continue;
      const status = scStatus(c, data.sc);
      if (status.kind === 'zero') {
        out.push({ code: this.code, span: c.numberSpan, message: 'There is no Security Council resolution 0: resolutions are numbered from 1.' });
      } else if (status.kind === 'unknown') {
        const range = data.sc.yearRange(status.year);
        const lastOfYear = range && data.sc.get(range.last);
        const known = lastOfYear?.date ? ` The last resolution adopted in ${status.year} is ${label(lastOfYear.number, status.year)} of ${formatDate(lastOfYear.date)}.` : '';
        out.push({
          code: this.code,
          span: c.numberSpan,
          message: `There is no Security Council resolution ${c.number} of ${status.year}.${known}`,
          fixes: data.sc.suggestions(c.number, status.year).map((n) => ({
            title: `Did you mean resolution ${label(n, status.year)}?`,
            edits: [{ span: c.numberSpan, newText: String(n) }],
          })),
        });
      }
    }
    return out;
  },
});
