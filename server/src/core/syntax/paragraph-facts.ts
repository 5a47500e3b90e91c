// Per-paragraph results kept across document versions with a paragraph's clean text (CleanText.facts).
import { defineFact } from '../text/clean-text';
import type { Paragraph, ParagraphKind } from './model';

/**
 * A paragraph of one block: its clean text comes from the block cache, found again by position
 * after an edit, so facts kept with it last across versions. A paragraph joined across a page break
 * is cleaned anew in every version; what it should keep goes by its text (memo.byText).
 */
export function keepsCleanText(p: Paragraph): boolean {
  return p.segments.length === 1 && p.clean.key !== undefined;
}

/**
 * Results kept with a paragraph's clean text, one per paragraph kind and numbering: reading a
 * paragraph may depend on both besides its words (where a numbered paragraph's body starts, which
 * phrases open its part). A record per kind, one for numbered paragraphs and one for the others.
 */
export function byKindAndNumbering<T>(): (p: Paragraph) => Partial<Record<ParagraphKind, T>> {
  const facts = [0, 1].map(() => defineFact((): Partial<Record<ParagraphKind, T>> => ({})));
  return (p) => p.clean.facts(facts[numbering(p)]);
}

/** The numbering results are kept apart by: 1 for a numbered paragraph, 0 for the others. */
export function numbering(p: Paragraph): 0 | 1 {
  return p.label ? 1 : 0;
}
