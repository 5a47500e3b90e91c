import type { Paragraph, ResolutionDoc } from '../../syntax/model';
import type { Span } from '../../text/span';

/** The paragraph and all its sub-paragraphs and text, in source offsets. */
export function extent(p: Paragraph): Span {
  let end = p.span.end;
  const walk = (q: Paragraph) => {
    for (const c of q.children) {
      end = Math.max(end, c.span.end);
      walk(c);
    }
  };
  walk(p);
  return { start: p.span.start, end };
}

/** The opener as written, for names and labels: "Urges", "Gravely concerned". */
export function openerText(p: Paragraph, max = 60): string {
  const o = p.opener;
  const raw = o ? p.clean.text.slice(o.start, o.end) : p.clean.text.slice(p.bodyStart, p.bodyStart + 40);
  const t = raw.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The top-level preambular or operative paragraph whose opener region holds the offset. */
export function paragraphAt(doc: ResolutionDoc, offset: number): Paragraph | undefined {
  for (const list of [doc.preamble, doc.operative]) {
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = list[mid];
      if (offset < p.span.start) hi = mid - 1;
      else if (offset > p.span.end) lo = mid + 1;
      else return p;
    }
  }
  return undefined;
}
