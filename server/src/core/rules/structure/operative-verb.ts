import { firstWords, headWord, operativeVerbForm, thirdPersonOf, capitalize } from '../../phrases/grammar';
import { alternatives } from '../../syntax/opener';
import { perParagraph } from '../paragraph-findings';
import { localRule } from '../local';
import type { Finding, Fix } from '../types';

const FORM: Record<string, string> = { participle: 'a participle', base: 'the bare infinitive', past: 'the past tense' };
/** "Acting under Chapter VII ..., decides": the verb comes after the Chapter VII clause. */
const ACTING = /^Acting(?:<\/u>)?\s+(?:under|in)\b/i;

/** STR-09: an operative paragraph opens with a verb in the third person present ("Decides", "Calls upon"). */
export const operativeVerb = localRule({
  code: 'structure/operative-verb',
  defaultSeverity: 'warning',
  description: 'An operative paragraph opens with a verb in the third person present (“Decides”, “Calls upon”), not “Decide” or “Deciding”.',
  inParagraph: (p) => (p.kind === 'operative' ? findIn(p) : []),
});

/** A paragraph's verbs are read once per text (perParagraph). */
const findIn = perParagraph((p) => {
  const out: Finding[] = [];
  for (const alt of alternatives(p)) {
    const text = p.clean.text;
    if (ACTING.test(text.slice(alt.start, alt.start + 20))) continue;
    const form = operativeVerbForm(text, alt.start);
    if (form === undefined || form === 'third-person') continue;
    const head = headWord(firstWords(text, alt.start, 3))!;
    const written = text.slice(head.start, head.end);
    const right = thirdPersonOf(capitalize(head.word));
    const fixes: Fix[] = right
      ? [{ title: `Write “${right}”`, edits: [{ span: p.clean.toSource(head), newText: head.start === alt.start ? right : right.toLowerCase() }], isPreferred: true }]
      : [];
    out.push({
      code: operativeVerb.code,
      span: p.clean.toSource(head),
      message: `An operative paragraph opens with a verb in the third person present (“Decides”, “Calls upon”); “${written}” is ${FORM[form]}${right ? `: write “${right}”` : ''}.`,
      fixes,
    });
  }
  return out;
});
