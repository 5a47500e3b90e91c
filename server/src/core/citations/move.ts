import type { Paragraph } from '../syntax/model';
import { shiftSpan } from '../text/span';
import type { CitationList, CitedDate, DocumentCitation, GaCitation, ListItem, ScCitation } from './model';
import type { ParagraphCitations } from './recognise';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A paragraph's citations, recognised where its text stood before, moved by delta and bound to
 * the paragraph `to`. Typed field by field: on a long draft every paragraph after an edit is moved
 * on each keystroke, and a generic deep copy was the largest cost of an edit. Dates and list items
 * are shared between fields and stay shared in the copy.
 */
export function moveCitations(r: ParagraphCitations, d: number, paragraph: Paragraph | undefined): ParagraphCitations {
  // Unbound (undefined) only inside the cache, which binds every result it hands out.
  const to = paragraph as Paragraph;
  // Most paragraphs cite without a date or a list: the maps that keep sharing are made when needed.
  let dates: Map<CitedDate, CitedDate> | undefined;
  const date = (x: CitedDate): CitedDate => {
    let y = (dates ??= new Map()).get(x);
    if (!y) {
      const z: Mutable<CitedDate> = { ...x };
      z.span = shiftSpan(x.span, d);
      z.yearSpan = shiftSpan(x.yearSpan, d);
      dates.set(x, (y = z));
    }
    return y;
  };
  const items = r.lists.length ? new Map<ListItem, Mutable<ListItem>>() : undefined;
  const sc = r.sc.map((c) => {
    // A plain clone, then its own fields set: V8 copies the object's shape in one step.
    const y: Mutable<ScCitation> = { ...c };
    y.numberSpan = shiftSpan(c.numberSpan, d);
    y.span = shiftSpan(c.span, d);
    y.paragraph = to;
    // Optional fields are set only where present: a moved citation equals one recognised afresh.
    if (c.yearSpan) y.yearSpan = shiftSpan(c.yearSpan, d);
    if (c.gap) y.gap = { span: shiftSpan(c.gap.span, d), text: c.gap.text };
    if (c.date) y.date = date(c.date);
    items?.set(c, y);
    return y;
  });
  const ga = r.ga.map((c) => {
    const y: Mutable<GaCitation> = { ...c };
    y.span = shiftSpan(c.span, d);
    y.paragraph = to;
    if (c.sessionSpan) y.sessionSpan = shiftSpan(c.sessionSpan, d);
    if (c.yearSpan) y.yearSpan = shiftSpan(c.yearSpan, d);
    if (c.date) y.date = date(c.date);
    items?.set(c, y);
    return y;
  });
  const documents = r.documents.map((c) => {
    const y: Mutable<DocumentCitation> = { ...c };
    y.span = shiftSpan(c.span, d);
    y.paragraph = to;
    return y;
  });
  const lists = r.lists.map((l): CitationList => {
    const list: Mutable<CitationList> = { ...l };
    list.items = [];
    list.separators = l.separators.map((s) => ({ kind: s.kind, span: shiftSpan(s.span, d) }));
    list.span = shiftSpan(l.span, d);
    list.paragraph = to;
    if (l.noun) list.noun = { ...l.noun, span: shiftSpan(l.noun.span, d) };
    for (const it of l.items) {
      const y = items!.get(it)!;
      y.list = list;
      list.items.push(y);
    }
    return list;
  });
  return { sc, ga, documents, lists, dates: r.dates.map(date) };
}
