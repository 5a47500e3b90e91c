import { capitalize, firstWords, headWord, opensPreambular, participleOf } from '../../phrases/grammar';
import { alternatives } from '../../syntax/opener';
import { perParagraph } from '../paragraph-findings';
import { localRule } from '../local';
import type { Finding, Fix } from '../types';

/** STR-07: a preambular paragraph opens with a participle or an adjective phrase ("Recalling", "Gravely concerned"). */
export const preambularOpener = localRule({
  code: 'structure/preambular-opener',
  defaultSeverity: 'warning',
  description: 'A preambular paragraph opens with a participle or an adjective phrase (“Recalling”, “Gravely concerned”).',
  inParagraph: (p) => (p.kind === 'preambular' ? findIn(p) : []),
});

/** A paragraph's opener is read once per text (perParagraph). */
const findIn = perParagraph((p) => {
  const out: Finding[] = [];
  if (!p.opener) return out;
  for (const alt of alternatives(p)) {
    if (opensPreambular(p.clean.text, alt.start)) continue;
    const head = headWord(firstWords(p.clean.text, alt.start, 3));
    if (!head) continue;
    const written = p.clean.text.slice(alt.start, alt.end);
    const participle = participleOf(capitalize(head.word));
    const fixes: Fix[] = [];
    if (participle) {
      const first = head.start === alt.start;
      fixes.push({ title: `Write “${participle}”`, edits: [{ span: p.clean.toSource(head), newText: first ? participle : participle.toLowerCase() }], isPreferred: true });
    }
    out.push({
      code: preambularOpener.code,
      span: p.clean.toSource(alt),
      message: `A preambular paragraph opens with a participle or an adjective (“Recalling”, “Gravely concerned”), not with “${written}”${participle ? `: write “${participle}”` : ''}.`,
      fixes,
    });
  }
  return out;
});
