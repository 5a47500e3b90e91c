import type { Paragraph, ResolutionDoc } from '../syntax/model';
import { defineFact } from '../text/clean-text';
import type { Span } from '../text/span';
import { dateAt, datesIn, type DateMatch } from './dates';
import type { AdoptionLine, CitedDate, HeadingFacts, ScCitation } from './model';
import { gapSpan } from './source';
import { ADOPTED, ADOPTED_ON, HEADING_NUMBER_FIRST, HEADING_OF, HEADING_RESOLUTION } from './patterns';

const ENDS_WITH_OF = /\bof\s+$/;

/** The adoption line's match in a clean text: looked for in every paragraph, read once per text. */
const ADOPTION = defineFact((c) => ADOPTED.exec(c.text));

export interface HeadingRead {
  readonly facts: HeadingFacts;
  /** Clean spans of each paragraph that the heading reading has used (not to be read again as citations). */
  readonly taken: Map<Paragraph, Span[]>;
  readonly dates: CitedDate[];
}

function toDate(p: Paragraph, d: DateMatch): CitedDate {
  return {
    span: p.clean.toSource({ start: d.start, end: d.end }),
    text: p.clean.text.slice(d.start, d.end),
    day: d.day,
    month: d.month,
    year: d.year,
    yearSpan: p.clean.toSource({ start: d.yearStart, end: d.end }),
    iso: d.iso,
    wellFormed: d.wellFormed,
  };
}

/** "Resolution 2370 (2017)", its date line, the masthead dates and the adoption line. */
export function readHeading(doc: ResolutionDoc): HeadingRead {
  const taken = new Map<Paragraph, Span[]>();
  const dates: CitedDate[] = [];
  const otherDates: CitedDate[] = [];
  let resolution: ScCitation | undefined;
  let dateLine: CitedDate | undefined;
  let adoption: AdoptionLine | undefined;
  const take = (p: Paragraph, start: number, end: number) => {
    const list = taken.get(p) ?? [];
    list.push({ start, end });
    taken.set(p, list);
  };
  const date = (p: Paragraph, d: DateMatch) => {
    const c = toDate(p, d);
    dates.push(c);
    return c;
  };

  for (const p of doc.heading) {
    const t = p.clean.text;
    const m = resolution ? null : (HEADING_RESOLUTION.exec(t) ?? HEADING_NUMBER_FIRST.exec(t));
    if (m) {
      const numberStart = m.index + m[0].indexOf(m[1]);
      const numberEnd = numberStart + m[1].length;
      const yearStart = numberEnd + m[2].length + 1;
      const gap = m[2] === ' ' ? undefined : { span: gapSpan(p, doc.text, numberEnd, numberEnd + m[2].length), text: m[2] };
      resolution = {
        kind: 'sc',
        form: 'heading',
        number: Number(m[1]),
        numberSpan: p.clean.toSource({ start: numberStart, end: numberEnd }),
        year: Number(m[3]),
        yearSpan: p.clean.toSource({ start: yearStart, end: yearStart + 4 }),
        span: p.clean.toSource({ start: numberStart, end: yearStart + 5 }),
        gap,
        paragraph: p,
      };
      let end = m.index + m[0].length;
      const d = ENDS_WITH_OF.test(m[0]) ? dateAt(t, end) : undefined;
      if (d) {
        dateLine = date(p, d);
        end = d.end;
      }
      take(p, 0, end);
      continue;
    }
    const of = resolution && !dateLine ? HEADING_OF.exec(t) : null;
    const d = of ? dateAt(t, of[0].length) : undefined;
    if (d) {
      dateLine = date(p, d);
      take(p, 0, d.end);
      continue;
    }
    if (ADOPTED.test(t)) continue;
    for (const found of datesIn(t)) {
      otherDates.push(date(p, found));
      take(p, found.start, found.end);
    }
  }

  for (const p of doc.all) {
    const m = p.clean.facts(ADOPTION);
    if (!m) continue;
    const t = p.clean.text;
    const [meetingStart, meetingEnd] = m.indices![1];
    const suffix = m[2] ?? '';
    const suffixAt = m.indices![2] ?? [meetingEnd, meetingEnd];
    let end = m.index + m[0].length;
    ADOPTED_ON.lastIndex = end;
    const on = ADOPTED_ON.exec(t);
    const d = on ? dateAt(t, ADOPTED_ON.lastIndex) : undefined;
    if (d) end = d.end;
    const meetingSpan = p.clean.toSource({ start: meetingStart, end: meetingEnd });
    adoption = {
      span: p.clean.toSource({ start: m.index, end }),
      meeting: Number(m[1]),
      meetingSpan,
      suffix,
      suffixSpan: suffix ? p.clean.toSource({ start: suffixAt[0], end: suffixAt[1] }) : { start: meetingSpan.end, end: meetingSpan.end },
      date: d && date(p, d),
    };
    take(p, 0, end);
    break;
  }

  for (const list of taken.values()) list.sort((a, b) => a.start - b.start);
  return { facts: { resolution, dateLine, adoption, otherDates }, taken, dates };
}
