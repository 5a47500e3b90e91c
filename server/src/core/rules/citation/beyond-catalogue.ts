import { citationRule } from '../citation-rule';
import { label, scStatus, writtenYear } from '../../citations/status';
import { formatDate } from '../../data/dates';
import type { Finding } from '../types';

export const beyondCatalogue = citationRule({
  code: 'citation/beyond-catalogue',
  defaultSeverity: 'information',
  description: 'A Security Council resolution newer than the bundled catalogue, which therefore cannot be checked.',
  find(cs, { data }) {
    const out: Finding[] = [];
    let last: string | undefined;
    for (const c of cs.sc) {
      if (c.form === 'committee' || scStatus(c, data.sc).kind !== 'beyond') continue;
      if (!last) {
        const e = data.sc.lastEntry();
        last = `${label(e.number, e.year)} of ${formatDate(e.date!)}`;
      }
      out.push({
        code: this.code,
        span: c.span,
        message: `Resolution ${label(c.number, writtenYear(c))} is newer than the catalogue, which ends with resolution ${last}: it cannot be checked. If it has been adopted, add it to the setting resolute.catalogue.extra.`,
      });
    }
    return out;
  },
});
