import { internalReferences, resolveItem } from '../../syntax/references';
import type { Finding, Rule } from '../types';

/** STR-14: "paragraph 5 above", "paragraphs 3 to 6", "paragraph 6 (b)" name paragraphs that exist. */
export const internalReference: Rule = {
  code: 'structure/internal-reference',
  defaultSeverity: 'warning',
  description: 'A reference to a paragraph of the same text (“paragraph 5 above”, “paragraph 6 (b)”) names a paragraph that exists.',
  check({ doc }) {
    const out: Finding[] = [];
    for (const ref of internalReferences(doc)) {
      for (const item of ref.items) {
        if (resolveItem(doc, item, ref.from)) continue;
        const number = item.suffix ? `${item.value} ${item.suffix}` : String(item.value);
        const top = resolveItem(doc, { ...item, subs: [] }, ref.from);
        const message = top
          ? `Paragraph ${number} has no sub-paragraph ${item.subs.map((s) => `(${s})`).join(' ')}: the reference points to nothing.`
          : `There is no paragraph ${number} in this text${doc.operative.some((p) => p.label) ? ` (the operative paragraphs are numbered up to ${maxNumber(doc.operative.map((p) => p.label?.value ?? 0))})` : ''}: the reference points to nothing. A paragraph of another text is cited with “of resolution …”.`;
        out.push({ code: internalReference.code, span: item.span, message });
      }
    }
    return out;
  },
};

function maxNumber(values: number[]): number {
  return values.reduce((a, b) => Math.max(a, b), 0);
}
