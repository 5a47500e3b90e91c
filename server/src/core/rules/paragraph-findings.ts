import type { Paragraph } from '../syntax/model';
import { byKindAndNumbering } from '../syntax/paragraph-facts';
import { moveFinding } from './local';
import type { Finding } from './types';

const NONE: readonly Finding[] = [];

/** Findings found where the paragraph stood. */
type Found = { readonly at: number; readonly findings: readonly Finding[] };

/**
 * For a rule that reads one paragraph and nothing else: its words, their source layout and its
 * opener (which follows from the words, the kind and whether the paragraph is numbered), never
 * the rest of the document, the settings or the data. What `find` reports is kept with the
 * paragraph's clean text and moved to where the paragraph now stands, so that on a long draft an
 * unchanged paragraph is not read again on every keystroke.
 */
export function perParagraph(find: (p: Paragraph) => Finding[]): (p: Paragraph) => readonly Finding[] {
  const kept = byKindAndNumbering<Found>();
  return (p) => {
    const found = kept(p);
    let hit = found[p.kind];
    if (!hit) {
      const findings = find(p);
      found[p.kind] = hit = { at: p.span.start, findings: findings.length ? findings : NONE };
    }
    const delta = p.span.start - hit.at;
    return delta === 0 || !hit.findings.length ? hit.findings : hit.findings.map((f) => moveFinding(f, delta));
  };
}
