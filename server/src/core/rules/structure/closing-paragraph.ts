import type { Paragraph } from '../../syntax/model';
import type { Finding, Rule } from '../types';

const SEIZED = /^\s*\[?\s*Decides\s+(?:also\s+|further\s+)?to\s+remain\s+(?:actively\s+)?seized\s+of\s+(?:the|this)\s+(?:matter|question)\b/i;

/** STR-12: a Security Council resolution closes with "Decides to remain seized of the matter." */
export const closingParagraph: Rule = {
  code: 'structure/closing-paragraph',
  defaultSeverity: 'information',
  description: 'A Security Council resolution closes with “Decides to remain seized of the matter.” (or “actively seized”).',
  check({ doc }) {
    if (doc.organ !== 'SC') return [];
    const last = doc.operative[doc.operative.length - 1];
    if (!last || SEIZED.test(last.clean.text.slice(last.bodyStart).replace(/<\/?u>/g, ''))) return [];
    const finding: Finding = {
      code: closingParagraph.code,
      span: last.label?.span ?? last.clean.toSource(last.opener ?? { start: last.bodyStart, end: last.bodyStart + 1 }),
      message: 'A Security Council resolution usually closes with “Decides to remain seized of the matter.”, which keeps the item among the matters the Council is seized of.',
      fixes: last.label ? [{ title: 'Add “Decides to remain seized of the matter.”', edits: closingEdits(last, doc.format === 'markdown') }] : [],
    };
    return [finding];
  },
};

/** Ends the last paragraph with a semicolon and adds the closing paragraph after it. */
function closingEdits(last: Paragraph, markdown: boolean) {
  let end = last;
  for (let subs = end.children.filter((c) => c.label); subs.length; subs = end.children.filter((c) => c.label)) end = subs[subs.length - 1];
  // The full stop to change is that of the last numbered paragraph (unnumbered text after it
  // has none), before any closing quote, bracket or emphasis, as structure/paragraph-punctuation reads it.
  let closing = last;
  for (let subs = closing.children.filter((c) => c.label); subs.length; subs = closing.children.filter((c) => c.label)) closing = subs[subs.length - 1];
  const t = closing.clean.text;
  let i = t.length - 1;
  while (i >= closing.bodyStart && /[\s”’"'\]*_]/.test(t[i])) i--;
  const verb = markdown ? '*Decides*' : 'Decides';
  const next = `${last.label!.value + 1}. ${verb} to remain seized of the matter.`;
  const edits = [];
  if (i >= closing.bodyStart && t[i] === '.') edits.push({ span: closing.clean.toSource({ start: i, end: i + 1 }), newText: ';' });
  edits.push({ span: { start: end.span.end, end: end.span.end }, newText: `\n\n${next}` });
  return edits;
}
