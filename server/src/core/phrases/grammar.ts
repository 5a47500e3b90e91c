import { matchPhrase } from './match';

/** Adjectives that open preambular paragraphs ("Mindful of", "Determined to", "Aware that"). */
const ADJECTIVES = new Set(
  'mindful aware conscious cognizant cognisant convinced confident desirous determined concerned anxious resolved committed eager keen grateful appreciative hopeful alarmed sure certain seized gravely deeply fully firmly seriously profoundly equally remaining'.split(' '),
);
/** Adverbs read past to reach the participle or the verb ("Further recalling", "Strongly condemns"). */
const ADVERBS = new Set('also further again once still strongly deeply gravely seriously fully firmly profoundly equally particularly greatly increasingly urgently moreover however therefore'.split(' '));
/** Words that introduce a participle ("While noting", "Whilst welcoming"). */
const INTRODUCERS = new Set(['while', 'whilst', 'in', 'having', 'being']);

const WORDS = /[A-Za-z][A-Za-z’'-]*/g;

export interface Word {
  /** Lower-cased. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** The first words of a paragraph body. */
export function firstWords(text: string, at: number, n = 4): Word[] {
  WORDS.lastIndex = at;
  const out: Word[] = [];
  for (let m = WORDS.exec(text); m && out.length < n; m = WORDS.exec(text)) out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

function isParticiple(w: string): boolean {
  return /(?:ing|ed|en)$/.test(w) && w.length > 4 && w !== 'united';
}

/** The first word that is not an adverb ("condemning" in "Strongly condemning"). */
export function headWord(words: readonly Word[]): Word | undefined {
  return words.find((w) => !ADVERBS.has(w.word));
}

/** Does a preambular paragraph open with a participle or an adjective phrase, as STR-07 requires? */
export function opensPreambular(text: string, at: number): boolean {
  if (matchPhrase(text, at, 'preambular')) return true;
  const words = firstWords(text, at);
  const h = headWord(words);
  if (!h) return false;
  const head = h.word;
  if (isParticiple(head) || ADJECTIVES.has(head)) return true;
  return INTRODUCERS.has(head) && words.slice(words.indexOf(h) + 1).some(({ word: w }) => isParticiple(w) || ADJECTIVES.has(w) || w === 'view' || w === 'support');
}

/** Is the verb of an operative paragraph in the third person present ("Decides", "Calls upon")? undefined when it is no verb at all. */
export function operativeVerbForm(text: string, at: number): 'third-person' | 'participle' | 'base' | 'past' | undefined {
  if (matchPhrase(text, at, 'operative')) return 'third-person';
  const head = headWord(firstWords(text, at))?.word;
  if (!head) return undefined;
  if (head.endsWith('ing') && head.length > 4) return 'participle';
  if (/[^s]s$/.test(head) || head === 'has') return 'third-person';
  if (matchPhrase(capitalize(head) + 's', 0, 'operative') || matchPhrase(capitalize(head) + 'es', 0, 'operative')) return 'base';
  if (head.endsWith('ed') && (matchPhrase(capitalize(head.slice(0, -1)) + 's', 0, 'operative') || matchPhrase(capitalize(head.slice(0, -2)) + 's', 0, 'operative'))) return 'past';
  return undefined;
}

export function capitalize(w: string): string {
  return w ? w[0].toUpperCase() + w.slice(1) : w;
}

/** "Recalls" → "Recalling", "Notes" → "Noting", "Stresses" → "Stressing": the participle of a third-person verb, if it is a known preambular opener. */
export function participleOf(verb: string): string | undefined {
  const stems = [verb.slice(0, -1), verb.slice(0, -1).replace(/e$/, ''), verb.slice(0, -2)];
  for (const s of stems) {
    const cand = s + 'ing';
    if (matchPhrase(cand, 0, 'preambular')?.end === cand.length) return cand;
  }
  return undefined;
}

/** "Deciding" / "Decide" / "Decided" → "Decides": the third person of a verb, if it is a known operative opener. */
export function thirdPersonOf(word: string): string | undefined {
  const stems = word.endsWith('ing') ? [word.slice(0, -3), word.slice(0, -3) + 'e'] : word.endsWith('ed') ? [word.slice(0, -1), word.slice(0, -2)] : [word];
  for (const s of stems) {
    for (const cand of [s + 's', s + 'es']) if (matchPhrase(cand, 0, 'operative')?.end === cand.length) return cand;
  }
  return undefined;
}
