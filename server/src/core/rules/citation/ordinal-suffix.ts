import { headingOf } from '../../citations';
import { ordinalSuffix as suffixOf } from '../../data/dates';
import type { Rule } from '../types';

export const ordinalSuffix: Rule = {
  code: 'citation/ordinal-suffix',
  defaultSeverity: 'warning',
  description: 'The meeting number in the adoption line has the wrong ordinal suffix ("8017rd" for "8017th").',
  check({ doc }) {
    const a = headingOf(doc).facts.adoption;
    if (!a) return [];
    const right = suffixOf(a.meeting);
    if (a.suffix === right) return [];
    const span = a.suffix ? a.suffixSpan : a.meetingSpan;
    const newText = a.suffix ? right : `${a.meeting}${right}`;
    return [
      {
        code: this.code,
        span,
        message: a.suffix ? `Write ${a.meeting}${right}, not ${a.meeting}${a.suffix}.` : `Write the meeting as an ordinal: ${a.meeting}${right}.`,
        fixes: [{ title: `Write ${a.meeting}${right}`, edits: [{ span, newText }], isPreferred: true, safe: true }],
      },
    ];
  },
};
