import type { Paragraph, ResolutionDoc } from '../syntax/model';

/**
 * How a drafter names where a paragraph of the body stands: "preambular paragraph 19", "operative
 * paragraph 6 (a)"; undefined for the heading. Found by searching the parts for the paragraph (each
 * in document order, a paragraph's sub-paragraphs after it), so that only the places a message
 * names are written out.
 */
export function paragraphPlace(doc: ResolutionDoc, p: Paragraph): string | undefined {
  const at = p.span.start;
  const f = doc.footnotes[lastStartingBy(doc.footnotes, at, start)];
  const mark = f && /^\s*\[\^([^\]]+)\]/.exec(doc.text.slice(f.span.start, f.span.end));
  const footnote = f && within(f, p, mark ? `footnote ${mark[1]}` : 'a footnote');
  if (footnote) return footnote;
  const a = lastStartingBy(doc.annexes, at, (x) => x.span.start);
  if (a >= 0) {
    const annex = doc.annexes[a];
    const place = doc.annexes.length > 1 ? `annex ${a + 1}` : 'the annex';
    const found = within(annex.title, p, place) ?? within(annex.body[lastStartingBy(annex.body, at, start)], p, place);
    if (found) return found;
  }
  const s = doc.subheadings[lastStartingBy(doc.subheadings, at, start)];
  const heading = s && within(s, p, `the heading “${shorten(s.clean.text.trim())}”`);
  if (heading) return heading;
  const o = doc.operative[lastStartingBy(doc.operative, at, start)];
  const operative = o && within(o, p, `operative paragraph ${o.label?.raw ?? o.index + 1}`);
  if (operative) return operative;
  const i = lastStartingBy(doc.preamble, at, start);
  return i >= 0 ? within(doc.preamble[i], p, `preambular paragraph ${i + 1}`) : undefined;
}

const start = (x: Paragraph) => x.span.start;

/** The index of the last item that starts at or before offset (-1 if none). */
function lastStartingBy<T>(xs: readonly T[], offset: number, startOf: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(xs[mid]) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The place of p if it is node or under it: a lettered sub-paragraph adds its label. A paragraph's
 * sub-paragraphs follow it, though unnumbered text under the paragraph above may come between.
 */
function within(node: Paragraph | undefined, p: Paragraph, place: string): string | undefined {
  if (!node || node === p) return node && place;
  for (let i = lastStartingBy(node.children, p.span.start, start); i >= 0; i--) {
    const c = node.children[i];
    const found = within(c, p, c.kind === 'subparagraph' && c.label ? `${place} (${c.label.raw})` : place);
    if (found !== undefined) return found;
  }
  return undefined;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
