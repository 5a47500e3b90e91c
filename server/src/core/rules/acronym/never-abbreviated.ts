import { acronymsOf, NEVER_ABBREVIATED } from '../../acronyms';
import { pluralName } from '../../acronyms/names';
import type { Finding, Rule } from '../types';

export const neverAbbreviated: Rule = {
  code: 'acronym/never-abbreviated',
  defaultSeverity: 'information',
  description: '"UN" and other names the United Nations never abbreviates (United Nations, Security Council, Secretary-General), used as abbreviations.',
  check({ doc }) {
    const out: Finding[] = [];
    // Adopted Council texts write "UN" undefined in 401 of 423 resolutions that use it; the General Assembly keeps to the manual.
    const severity = doc.organ === 'GA' ? 'warning' : 'information';
    for (const n of acronymsOf(doc).never) {
      const full = NEVER_ABBREVIATED.get(n.key)!;
      if (n.definition) {
        out.push({
          code: this.code,
          span: n.span,
          severity,
          message: `Do not abbreviate “${full}”: write it in full each time, without “(${n.written})”.`,
          fixes: [{ title: `Remove “${doc.text.slice(n.definition.start, n.definition.end).trim()}”`, edits: [{ span: n.definition, newText: '' }], isPreferred: true, safe: true }],
        });
        continue;
      }
      const words = n.plural ? pluralName(full) : full;
      const apo = n.apostrophe && doc.text.slice(n.apostrophe.start, n.apostrophe.end);
      const text = apo ? (/s$/.test(words) ? words + apo[0] : words + apo) : words;
      const span = n.apostrophe ? { start: n.span.start, end: n.apostrophe.end } : n.span;
      out.push({
        code: this.code,
        span: n.span,
        severity,
        message: `Write “${words}” in full: the United Nations does not abbreviate it in formal texts.`,
        fixes: [{ title: `Write “${text}”`, edits: [{ span, newText: text }], isPreferred: true, safe: true }],
      });
    }
    return out;
  },
};
