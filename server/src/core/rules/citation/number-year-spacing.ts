import { citationRule } from '../citation-rule';
import { label } from '../../citations/status';
import type { Finding } from '../types';

export const numberYearSpacing = citationRule({
  code: 'citation/number-year-spacing',
  defaultSeverity: 'warning',
  description: 'A resolution number and its year are separated by exactly one space: "1373 (2001)".',
  find(cs) {
    const out: Finding[] = [];
    for (const c of cs.sc) {
      if (!c.gap || c.year === undefined) continue;
      const what = c.gap.text === '' ? 'a space is missing' : c.gap.text.includes(',') ? 'a comma stands between them' : 'there is more than one space';
      out.push({
        code: this.code,
        span: c.span,
        message: `Write one space between the resolution number and the year, as in ${label(c.number, c.year)}: ${what}.`,
        fixes: [{ title: `Write ${label(c.number, c.year)}`, edits: [{ span: c.gap.span, newText: ' ' }], isPreferred: true, safe: true }],
      });
    }
    return out;
  },
});
