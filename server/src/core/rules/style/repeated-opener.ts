import { firstWords, headWord } from '../../phrases/grammar';
import { defineFact } from '../../text/clean-text';
import type { Finding, Rule } from '../types';

/** Words that mark a repeated opener as deliberate ("Reaffirming also", "Further recalling"). */
const REPEAT_MARK = new Set(['also', 'further', 'again', 'once', 'moreover']);

/** What the rule needs of a paragraph's opener; its words are read once per paragraph text (a long draft repeats openers by the thousand). */
function opener(text: string, at: number) {
  const words = firstWords(text, at, 3);
  const head = headWord(words);
  if (!head) return undefined;
  const written = text.slice(head.start, head.end);
  const advice = (adverb: string) => ({
    adverb: ` ${adverb}`,
    title: `Write “${written} ${adverb}”`,
    message: `“${written}” also opens the preambular paragraph before: a repeated opener takes “also” or “further” (“${written} ${adverb}”).`,
  });
  return {
    at,
    head: head.word,
    span: { start: head.start, end: head.end },
    marked: words.some((w) => REPEAT_MARK.has(w.word)),
    hasAlso: words.some((w) => w.word === 'also'),
    also: advice('also'),
    further: advice('further'),
  };
}

const OPENER = defineFact((c, at: number) => opener(c.text, at));

/**
 * STR-07: when a preambular opener repeats, an adverb marks it: "Reaffirming" → "Reaffirming also" → "Reaffirming further".
 * Only a repeat in succession is reported: that is where adopted texts apply the convention (General Assembly 239 of 309
 * such repeats marked, Security Council 101 of 481), while repeats further apart are almost never marked (2 of 431, 27 of
 * 960 in the corpus); reporting those would flag the usual practice, not a slip.
 */
export const repeatedOpener: Rule = {
  code: 'style/repeated-opener',
  defaultSeverity: 'hint',
  description: 'A preambular opener that repeats the one before without “also” or “further”.',
  check({ doc }) {
    const out: Finding[] = [];
    /** Head word → whether an earlier paragraph with it already took (or was told to take) "also". */
    const seen = new Map<string, boolean>();
    let previous: string | undefined;
    for (const p of doc.preamble) {
      if (!p.opener) {
        previous = undefined;
        continue;
      }
      const at = p.opener.start;
      const known = p.clean.facts(OPENER, at);
      const o = known?.at === at ? known : opener(p.clean.text, at);
      const inSuccession = o?.head === previous;
      previous = o?.head;
      if (!o) continue;
      const usedAlso = seen.get(o.head);
      seen.set(o.head, !!usedAlso || o.hasAlso);
      if (!inSuccession || o.marked) continue;
      seen.set(o.head, true);
      const { message, title, adverb } = usedAlso ? o.further : o.also;
      const span = p.clean.toSource(o.span);
      out.push({
        code: repeatedOpener.code,
        span,
        message,
        fixes: [{ title, edits: [{ span: { start: span.end, end: span.end }, newText: adverb }], isPreferred: true }],
      });
    }
    return out;
  },
};
