import type { Paragraph, ResolutionDoc } from '../syntax/model';

/** How a drafter names where a paragraph stands: "preambular paragraph 19", "operative paragraph 6 (a)". */
export function paragraphPlaces(doc: ResolutionDoc): Map<Paragraph, string> {
  const places = new Map<Paragraph, string>();
  const under = (p: Paragraph, place: string) => {
    places.set(p, place);
    for (const c of p.children) under(c, c.kind === 'subparagraph' && c.label ? `${place} (${c.label.raw})` : place);
  };
  doc.preamble.forEach((p, i) => under(p, `preambular paragraph ${i + 1}`));
  doc.operative.forEach((p) => under(p, `operative paragraph ${p.label?.raw ?? p.index + 1}`));
  for (const p of doc.subheadings) under(p, `the heading “${shorten(p.clean.text.trim())}”`);
  doc.annexes.forEach((a, i) => {
    const place = doc.annexes.length > 1 ? `annex ${i + 1}` : 'the annex';
    under(a.title, place);
    for (const p of a.body) under(p, place);
  });
  for (const p of doc.footnotes) {
    const m = /^\s*\[\^([^\]]+)\]/.exec(doc.text.slice(p.span.start, p.span.end));
    under(p, m ? `footnote ${m[1]}` : 'a footnote');
  }
  for (const p of doc.all) if (!places.has(p)) places.set(p, 'the heading');
  return places;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
