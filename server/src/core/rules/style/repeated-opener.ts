import { firstWords, headWord } from '../../phrases/grammar';
import type { Finding, Rule } from '../types';

/** Words that mark a repeated opener as deliberate ("Reaffirming also", "Further recalling"). */
const REPEAT_MARK = new Set(['also', 'further', 'again', 'once', 'moreover']);

/** STR-07: when a preambular opener repeats, an adverb marks it: "Reaffirming" → "Reaffirming also" → "Reaffirming further". */
export const repeatedOpener: Rule = {
  code: 'style/repeated-opener',
  defaultSeverity: 'hint',
  description: 'A preambular opener repeated without “also” or “further”.',
  check({ doc }) {
    const out: Finding[] = [];
    /** Head word → whether an earlier paragraph with it already took (or was told to take) "also". */
    const seen = new Map<string, boolean>();
    for (const p of doc.preamble) {
      if (!p.opener) continue;
      const words = firstWords(p.clean.text, p.opener.start, 3);
      const head = headWord(words);
      if (!head) continue;
      const marked = words.some((w) => REPEAT_MARK.has(w.word));
      const usedAlso = seen.get(head.word);
      seen.set(head.word, !!usedAlso || words.some((w) => w.word === 'also'));
      if (usedAlso === undefined || marked) continue;
      const written = p.clean.text.slice(head.start, head.end);
      const adverb = usedAlso ? 'further' : 'also';
      seen.set(head.word, true);
      const at = p.clean.toSource(head).end;
      out.push({
        code: repeatedOpener.code,
        span: p.clean.toSource(head),
        message: `“${written}” already opens an earlier preambular paragraph: a repeated opener takes “also” or “further” (“${written} ${adverb}”).`,
        fixes: [{ title: `Write “${written} ${adverb}”`, edits: [{ span: { start: at, end: at }, newText: ` ${adverb}` }], isPreferred: true }],
      });
    }
    return out;
  },
};
