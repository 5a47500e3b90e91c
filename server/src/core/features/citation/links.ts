import { citations } from '../../citations';
import type { DocumentLink, FeatureContext } from '../types';
import { targetOf } from './targets';

/** A link on every citation, and on the meeting of the adoption line (its verbatim record). */
export function links(ctx: FeatureContext): DocumentLink[] {
  const c = citations(ctx.doc);
  const out: DocumentLink[] = [];
  for (const x of c.all) {
    const target = targetOf(x, ctx.data);
    if (target) out.push({ span: x.span, target, tooltip: `Open ${target.replace('https://', '')}` });
  }
  const a = c.heading.adoption;
  if (a) {
    const target = `https://undocs.org/S/PV.${a.meeting}`;
    out.push({ span: { start: a.meetingSpan.start, end: a.suffixSpan.end }, target, tooltip: `Open the record of the meeting, S/PV.${a.meeting}` });
  }
  return out;
}
