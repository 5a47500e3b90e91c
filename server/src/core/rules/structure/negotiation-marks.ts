import type { ParagraphKind } from '../../syntax/model';
import { defineFact } from '../../text/clean-text';
import type { Span } from '../../text/span';
import { localRule } from '../local';
import type { Finding } from '../types';

const NONE: readonly Span[] = [];
const NO_FINDINGS: readonly Finding[] = [];
/** The preamble and the operative part, with their sub-paragraphs and the unnumbered text between operative paragraphs. */
const IN_BODY: ReadonlySet<ParagraphKind> = new Set(['preambular', 'operative', 'subparagraph', 'text']);

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
export const negotiationMarks = localRule({
  code: 'structure/negotiation-marks',
  defaultSeverity: 'information',
  description: 'Square brackets and “5 bis” numbers, which negotiation leaves, remain in a text without a draft masthead.',
  inParagraph(p, { doc }) {
    if (doc.isDraft || !IN_BODY.has(p.kind)) return NO_FINDINGS;
    const out: Finding[] = [];
    if (p.label?.suffix) {
      out.push({ code: negotiationMarks.code, span: p.label.span, message: `“${p.label.raw}” is a negotiation number; renumber the paragraphs when the text is agreed (or add the draft masthead “…: draft resolution”).` });
    }
    for (const bracketed of p.clean.facts(BRACKETS)) {
      out.push({ code: negotiationMarks.code, span: p.clean.toSource(bracketed), message: 'Square brackets mark text still under negotiation; remove them when the text is agreed (or add the draft masthead “…: draft resolution”).' });
    }
    return out;
  },
});
