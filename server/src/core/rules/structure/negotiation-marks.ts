import type { Paragraph } from '../../syntax/model';
import { defineFact } from '../../text/clean-text';
import type { Span } from '../../text/span';
import type { Finding, Rule } from '../types';

const NONE: readonly Span[] = [];

/** Each "[…]" in clean offsets, brackets included; read once per paragraph text (a long draft is read again on every keystroke). */
const BRACKETS = defineFact((clean): readonly Span[] => {
  const t = clean.text;
  let out: Span[] | undefined;
  for (let open = t.indexOf('['); open >= 0; open = t.indexOf('[', open + 1)) {
    const close = t.indexOf(']', open);
    if (close < 0) break;
    (out ??= []).push({ start: open, end: close + 1 });
    open = close;
  }
  return out ?? NONE;
});

/**
 * STR-15: square brackets and "bis"/"ter" numbers belong to negotiation. A draft masthead
 * ("...: draft resolution", S/yyyy/n) turns this check off; in a text presented as final they remain by mistake.
 */
export const negotiationMarks: Rule = {
  code: 'structure/negotiation-marks',
  defaultSeverity: 'information',
  description: 'Square brackets and “5 bis” numbers, which negotiation leaves, remain in a text without a draft masthead.',
  check({ doc }) {
    if (doc.isDraft) return [];
    const out: Finding[] = [];
    const visit = (p: Paragraph) => {
      if (p.label?.suffix) {
        out.push({ code: negotiationMarks.code, span: p.label.span, message: `“${p.label.raw}” is a negotiation number; renumber the paragraphs when the text is agreed (or add the draft masthead “…: draft resolution”).` });
      }
      for (const bracketed of p.clean.facts(BRACKETS)) {
        out.push({ code: negotiationMarks.code, span: p.clean.toSource(bracketed), message: 'Square brackets mark text still under negotiation; remove them when the text is agreed (or add the draft masthead “…: draft resolution”).' });
      }
      p.children.forEach(visit);
    };
    [...doc.preamble, ...doc.operative].forEach(visit);
    return out;
  },
};
