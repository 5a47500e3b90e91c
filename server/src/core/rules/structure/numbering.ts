import { numberingBreaks, renumberEdits } from '../../syntax/numbering';
import type { Finding, Fix, Rule } from '../types';

/** "13 Urges": the parser accepts a paragraph number without its full stop; this rule asks for it. */
const STOP_AFTER_LABEL = /^\s*\\?\./;

export const numbering: Rule = {
  code: 'structure/numbering',
  defaultSeverity: 'error',
  description: 'Operative paragraphs are numbered 1, 2, 3 … and sub-paragraphs (a), (b), (c) … with no gap, repeat or disorder.',
  check({ doc }) {
    const out: Finding[] = [];
    const breaks = numberingBreaks(doc);
    if (breaks.length) {
      const edits = renumberEdits(doc);
      const fixes: Fix[] = edits.length ? [{ title: 'Renumber the paragraphs and the references to them', edits, isPreferred: true }] : [];
      for (const b of breaks) out.push({ code: numbering.code, span: b.span, message: b.message, fixes });
    }
    for (const p of doc.operative) {
      const l = p.label;
      if (!l || STOP_AFTER_LABEL.test(doc.text.slice(l.span.end, l.span.end + 4))) continue;
      out.push({
        code: numbering.code,
        span: l.span,
        message: `The paragraph number ${l.raw} needs its full stop: “${l.raw}.”`,
        fixes: [{ title: `Write “${l.raw}.”`, edits: [{ span: { start: l.span.end, end: l.span.end }, newText: '.' }], isPreferred: true, safe: true }],
      });
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};
