import { byText, memo, paragraphKey } from '../memo';
import type { Paragraph, ParagraphKind } from '../syntax/model';
import type { ResolutionDoc } from '../syntax/model';
import { byKindAndNumbering, keepsCleanText, numbering } from '../syntax/paragraph-facts';
import { readHeading, type HeadingRead } from './heading';
import { viewCitations } from './views';
import type { Citation, CitationList, CitationSet, CitedDate, DocCitations, DocumentCitation, GaCitation, ScCitation } from './model';
import { recogniseParagraph, type ParagraphCitations } from './recognise';

export type * from './model';
export { recogniseParagraph } from './recognise';

const byStart = (a: { span: { start: number } }, b: { span: { start: number } }) => a.span.start - b.span.start;

/** Every citation of the document, computed once per document version. */
export function citations(doc: ResolutionDoc): DocCitations {
  return memo(doc, 'citations', () => recogniseDoc(doc));
}

/** The heading's reading ("Resolution 2370 (2017)", its date line, the adoption line), once per document version. */
export function headingOf(doc: ResolutionDoc): HeadingRead {
  return memo(doc, 'heading', () => readHeading(doc));
}

/**
 * The citations a rule reads from the rest of the document: the heading's own, and those of the
 * paragraphs the heading reading has used (`headingOf(doc).taken`), which are read in its light.
 */
export function headingCitations(doc: ResolutionDoc): CitationSet {
  return memo(doc, 'heading-citations', () => {
    const heading = headingOf(doc);
    const set = gather(heading.taken.keys(), doc, heading);
    return { ...set, dates: [...heading.dates, ...set.dates].sort(byStart) };
  });
}

/**
 * A paragraph's citations, seen once per document version by all the rules that ask (undefined
 * when it cites nothing, as most do); not for the paragraphs the heading reading has used (see
 * headingCitations).
 */
export function paragraphCitations(doc: ResolutionDoc, p: Paragraph): CitationSet | undefined {
  let sets = paragraphSets.get(doc);
  if (!sets) paragraphSets.set(doc, (sets = new Map()));
  let r = sets.get(p);
  if (!r) sets.set(p, (r = reuse(p, doc.text)));
  return r === NOTHING ? undefined : r;
}
const paragraphSets = new WeakMap<ResolutionDoc, Map<Paragraph, CitationSet>>();

/** The paragraphs (by index in `doc.all`) that cite something, besides those the heading reading has used: most cite nothing. */
export function citingParagraphs(doc: ResolutionDoc): readonly number[] {
  return memo(doc, 'citing-paragraphs', () => {
    const taken = headingOf(doc).taken;
    const out: number[] = [];
    doc.all.forEach((p, i) => {
      if (!taken.has(p) && paragraphCitations(doc, p)) out.push(i);
    });
    return out;
  });
}

function recogniseDoc(doc: ResolutionDoc): DocCitations {
  const heading = headingOf(doc);
  const { sc, ga, documents, lists, dates } = gather(doc.all, doc, heading);
  const all: Citation[] = [...sc, ...ga, ...documents].sort(byStart);
  return { all, sc, ga, documents, lists, heading: heading.facts, dates: [...heading.dates, ...dates].sort(byStart) };
}

/** The citations of some paragraphs (with the heading's own resolution first), each list in document order. */
function gather(paragraphs: Iterable<Paragraph>, doc: ResolutionDoc, heading: HeadingRead): CitationSet {
  const sc: ScCitation[] = heading.facts.resolution ? [heading.facts.resolution] : [];
  const ga: GaCitation[] = [];
  const documents: DocumentCitation[] = [];
  const lists: CitationList[] = [];
  const dates: CitedDate[] = [];
  for (const p of paragraphs) {
    const taken = heading.taken.get(p);
    const r = taken ? recogniseParagraph(p, doc.text, taken) : reuse(p, doc.text);
    // Most paragraphs cite nothing.
    if (r === NOTHING) continue;
    for (const c of r.sc) sc.push(c);
    for (const c of r.ga) ga.push(c);
    for (const c of r.documents) documents.push(c);
    for (const l of r.lists) lists.push(l);
    for (const d of r.dates) dates.push(d);
  }
  for (const xs of [sc, ga, documents, lists, dates]) xs.sort(byStart);
  return { sc, ga, documents, lists, dates };
}

/**
 * Recognition depends on the paragraph's kind and on whether it is numbered (where its body starts):
 * results are kept by both, with a one-block paragraph's clean text, or by a cache name and the
 * text for a paragraph joined across a page break.
 */
const kept = byKindAndNumbering<ReturnType<typeof recognise>>();
const cacheKeys: Partial<Record<ParagraphKind, string>>[] = [{}, {}];

/** A paragraph's citations, recognised again only when its text changed (after an edit elsewhere, seen through views). */
function reuse(p: Paragraph, source: string) {
  let hit: ReturnType<typeof recognise>;
  if (keepsCleanText(p)) hit = kept(p)[p.kind] ??= recognise(p, source);
  else {
    const numbered = numbering(p);
    hit = byText((cacheKeys[numbered][p.kind] ??= `citations:${p.kind}:${numbered}`), paragraphKey(source, p), recognise, p, source);
  }
  return hit.found === NOTHING ? NOTHING : viewCitations(hit.found, p.span.start - hit.at, p);
}

function recognise(p: Paragraph, source: string) {
  const found = recogniseParagraph(p, source);
  // Kept unbound: bound, it would keep this version's paragraph (and what it holds) alive.
  for (const xs of [found.sc, found.ga, found.documents, found.lists]) for (const x of xs) (x as { paragraph?: Paragraph }).paragraph = undefined;
  return { at: p.span.start, found: isEmpty(found) ? NOTHING : found };
}

/**
 * The result of the many paragraphs that cite nothing, one object for all: telling it by identity
 * spares reading five lists per paragraph on every keystroke of a long draft.
 */
const NOTHING: ParagraphCitations = Object.freeze({ sc: [], ga: [], documents: [], lists: [], dates: [] });

function isEmpty(r: ParagraphCitations): boolean {
  return !r.sc.length && !r.ga.length && !r.documents.length && !r.lists.length && !r.dates.length;
}

/** The citation under a source offset (its span, ends included). */
export function citationAt(doc: ResolutionDoc, offset: number): Citation | undefined {
  const all = citations(doc).all;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // Spans do not nest, so the candidate is the last one starting at or before the offset.
  const c = all[lo - 1];
  return c && offset <= c.span.end ? c : undefined;
}
