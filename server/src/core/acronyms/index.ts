// The acronym engine: every definition and use in a document, computed once per document version
// (memo) and shared by the acronym/ rules and the editor features. Linear in the document; the
// per-paragraph work is kept across versions (scan.ts), so after an edit only the edited paragraph is scanned.
import { acronymKey } from '../data/acronym-data';
import { memo } from '../memo';
import type { Paragraph, ParagraphKind, ResolutionDoc } from '../syntax/model';
import type { Span } from '../text/span';
import type { AcronymDefinition, AcronymEntry, AcronymTable, AcronymUse, NeverAbbreviated, Occurrence } from './model';
import { paragraphPlace } from './places';
import { definedToken, placeDefinitions, placeUses, scanParagraph } from './scan';

export type { AcronymDefinition, AcronymEntry, AcronymTable, AcronymUse, Fit, NeverAbbreviated, Occurrence } from './model';
export { NEVER_ABBREVIATED } from './never';
export { nameInNumber, pluralName, sameName, singularName } from './names';

/** The masthead, heading block, organ line and footer are not drafting text. */
const SCANNED: ReadonlySet<ParagraphKind> = new Set(['preambular', 'operative', 'subparagraph', 'subheading', 'text', 'annex-title', 'annex-body', 'footnote']);

export function acronymsOf(doc: ResolutionDoc): AcronymTable {
  return memo(doc, 'acronyms', () => analyse(doc));
}

/** Where a paragraph stands, as a drafter says it: "operative paragraph 17". */
export function placeOf(doc: ResolutionDoc, p: Paragraph): string {
  const places = memo(doc, 'paragraph-places', () => new Map<Paragraph, string>());
  let place = places.get(p);
  if (place === undefined) places.set(p, (place = paragraphPlace(doc, p) ?? (doc.all.includes(p) ? 'the heading' : 'the text')));
  return place;
}

function analyse(doc: ResolutionDoc): AcronymTable {
  const paragraphs = doc.all.filter((p) => SCANNED.has(p.kind)).sort((a, b) => a.span.start - b.span.start);
  const scans = paragraphs.map((p) => scanParagraph(doc.text, p));
  const defs: AcronymDefinition[] = [];
  const never: NeverAbbreviated[] = [];
  const names = new Set<string>();
  scans.forEach((s, i) => {
    for (const d of s.defs) {
      names.add(d.key);
      names.add(d.written);
    }
    placeDefinitions(s, paragraphs[i], defs, never);
  });
  const defined = { has: (s: string) => names.has(s) || names.has(acronymKey(s)), mixedCase: defs.some((d) => /[a-z]/.test(d.key)) };
  const uses: AcronymUse[] = [];
  const token = definedToken(names, defined.mixedCase);
  paragraphs.forEach((p, i) => placeUses(doc.text, p, scans[i], defined, token, uses, never));

  const entries = new Map<string, AcronymEntry>();
  const entry = (key: string) => {
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { key, definitions: [], uses: [] }));
    return e;
  };
  const occurrences: Occurrence[] = [];
  for (const def of defs) {
    entry(def.key).definitions.push(def);
    occurrences.push({ kind: 'definition', def });
  }
  for (const use of uses) {
    entry(use.key).uses.push(use);
    occurrences.push({ kind: 'use', use });
  }
  const byStart = <T extends { span: Span }>(a: T, b: T) => a.span.start - b.span.start;
  for (const e of entries.values()) {
    e.definitions.sort(byStart);
    e.uses.sort(byStart);
  }
  never.sort(byStart);
  occurrences.sort((a, b) => spanOf(a).start - spanOf(b).start);
  return { entries, never, occurrences };
}

export function spanOf(o: Occurrence): Span {
  return o.kind === 'definition' ? o.def.span : o.use.span;
}

export function keyOf(o: Occurrence): string {
  return o.kind === 'definition' ? o.def.key : o.use.key;
}

/** The definition or use under the cursor (its end counts, as editors place the cursor after a word). */
export function occurrenceAt(table: AcronymTable, offset: number): Occurrence | undefined {
  const list = table.occurrences;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(list[mid]).end < offset) lo = mid + 1;
    else hi = mid;
  }
  const o = list[lo];
  return o && spanOf(o).start <= offset && offset <= spanOf(o).end ? o : undefined;
}
