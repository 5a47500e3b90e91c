import { citationRule } from '../citation-rule';
import type { Finding } from '../types';

export const singularResolution = citationRule({
  code: 'citation/singular-resolution',
  defaultSeverity: 'warning',
  description: '"resolution" (singular) before several numbers: write "resolutions".',
  find(cs) {
    const out: Finding[] = [];
    for (const list of cs.lists) {
      const noun = list.noun;
      if (!noun || noun.plural || list.items.length < 2) continue;
      // "resolution 1267 (1999) or 1989 (2011)" names one resolution or the other.
      if (list.separators.every((s) => s.kind === 'or' || s.kind === 'comma-or')) continue;
      const plural = noun.text === 'UNSCR' ? 'UNSCRs' : `${noun.text}s`;
      out.push({
        code: this.code,
        span: noun.span,
        message: `"${noun.text}" is followed by ${list.items.length} resolutions: write "${plural}".`,
        fixes: [{ title: `Write "${plural}"`, edits: [{ span: noun.span, newText: plural }], isPreferred: true, safe: true }],
      });
    }
    return out;
  },
});
