import type { FeatureProvider } from './types';

/** Paragraph counts from the document model; the families add their own counts. */
export const documentStatistics: FeatureProvider = {
  statistics({ doc }) {
    const subs = doc.all.filter((p) => p.kind === 'subparagraph').length;
    return {
      'Preambular paragraphs': doc.preamble.length,
      'Operative paragraphs': doc.operative.length,
      'Sub-paragraphs': subs,
      'Sub-headings': doc.subheadings.length,
      Annexes: doc.annexes.length,
      Words: doc.all.reduce((n, p) => n + (p.clean.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0), 0),
    };
  },
};
