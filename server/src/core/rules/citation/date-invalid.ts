import { citationRule } from '../citation-rule';
import { MONTHS } from '../../data/dates';
import type { Finding } from '../types';

export const dateInvalid = citationRule({
  code: 'citation/date-invalid',
  defaultSeverity: 'warning',
  description: 'A date in a citation or the heading that does not exist ("31 June 2017").',
  find(cs) {
    const out: Finding[] = [];
    for (const d of cs.dates) {
      if (d.iso) continue;
      out.push({ code: this.code, span: d.span, message: `There is no ${d.day} ${MONTHS[d.month - 1]} ${d.year}: check the day.` });
    }
    return out;
  },
});
