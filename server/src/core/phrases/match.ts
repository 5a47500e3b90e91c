import { byText } from '../memo';
import { OPERATIVE } from './operative';
import { PREAMBULAR } from './preambular';
import type { Part, Phrase } from './types';

export interface PhraseMatch {
  readonly phrase: Phrase;
  /** Offsets in the text searched: start includes an adverb read before the phrase ("Further" in "Further recalling"). */
  readonly start: number;
  readonly end: number;
}

/** Case and -ise/-ize insensitive, same length as the input, so offsets carry over. */
function key(s: string): string {
  return s.toLowerCase().replace(/is(?=e|ing)/g, 'iz');
}

const WORD = /[A-Za-z][A-Za-z’'-]*/y;
const ADVERB = /(?:also|further|again|once again)\s+/iy;
const WORD_CHAR = /[A-Za-z0-9’'-]/;

interface Entry {
  readonly phrase: Phrase;
  readonly key: string;
  /** Ends in punctuation ("… of the matter."), so no word boundary is needed after it. */
  readonly closed: boolean;
}

/** Phrases by the key of their first word, longest first, per part. */
const INDEX: Record<Part, Map<string, Entry[]>> = { preambular: new Map(), operative: new Map() };
for (const p of [...PREAMBULAR, ...OPERATIVE]) {
  const first = key(p.text.split(' ')[0]);
  const list = INDEX[p.part].get(first) ?? [];
  list.push({ phrase: p, key: key(p.text), closed: /[.,;:]$/.test(p.text) });
  INDEX[p.part].set(first, list);
}
for (const m of Object.values(INDEX)) for (const list of m.values()) list.sort((a, b) => b.key.length - a.key.length);

const NONE: readonly Entry[] = [];

function candidates(text: string, at: number, part: Part): readonly Entry[] {
  WORD.lastIndex = at;
  const w = WORD.exec(text);
  return w ? (INDEX[part].get(key(w[0])) ?? NONE) : NONE;
}

function fits(text: string, at: number, e: Entry): boolean {
  const end = at + e.key.length;
  if (end > text.length || key(text.slice(at, end)) !== e.key) return false;
  return end === text.length || e.closed || !WORD_CHAR.test(text[end]);
}

const newKnown = () => new Map<number, readonly PhraseMatch[]>();

/** Every phrase of the part that the text opens with at `at` (an "Also"/"Further" before it is allowed). */
export function phrasesAt(text: string, at: number, part: Part): readonly PhraseMatch[] {
  if (text.length < 64) return find(text, at, part);
  // Kept across document versions: the parser and several rules ask the same questions of every
  // paragraph, and an unchanged paragraph keeps its text string.
  const known = byText('phrases', text, newKnown);
  const k = part === 'preambular' ? 2 * at : 2 * at + 1;
  let r = known.get(k);
  if (!r) known.set(k, (r = find(text, at, part)));
  return r;
}

function find(text: string, at: number, part: Part): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const from of [at, afterAdverb(text, at)]) {
    if (from < 0) continue;
    for (const e of candidates(text, from, part)) if (fits(text, from, e)) out.push({ phrase: e.phrase, start: at, end: from + e.key.length });
  }
  return out;
}

/** The longest phrase of the part (or of either part) the text opens with at `at`. */
export function matchPhrase(text: string, at: number, part?: Part): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  for (const pt of part ? [part] : (['operative', 'preambular'] as const)) {
    for (const m of phrasesAt(text, at, pt)) if (!best || m.end > best.end) best = m;
  }
  return best;
}

function afterAdverb(text: string, at: number): number {
  ADVERB.lastIndex = at;
  const m = ADVERB.exec(text);
  return m ? at + m[0].length : -1;
}
