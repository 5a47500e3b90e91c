import { PHRASE_CORPUS, PHRASE_COUNTS } from '../data/generated/phrase-counts';
import { FORCE_TEXT, OPERATIVE } from './operative';
import { PREAMBULAR } from './preambular';
import type { Phrase } from './types';

export { OPERATIVE, FORCE_TEXT } from './operative';
export { PREAMBULAR } from './preambular';
export { matchPhrase, phrasesAt, type PhraseMatch } from './match';
export type { Force, Part, Phrase } from './types';

export const PHRASES: readonly Phrase[] = [...PREAMBULAR, ...OPERATIVE];

/** Adopted Security Council resolutions of the corpus with a paragraph of the phrase's part opening with it (counted at build time). */
export function corpusCount(p: Phrase): number {
  return PHRASE_COUNTS[`${p.part}:${p.text}`] ?? 0;
}

export const CORPUS = PHRASE_CORPUS;

const FORCE_LABEL: Record<string, string> = {
  decision: 'decision',
  contested: 'demand (force contested)',
  authorization: 'authorization',
  instruction: 'request or instruction',
  direction: 'direction to a subsidiary body',
  exhortation: 'exhortation',
  censure: 'censure',
  restatement: 'restatement',
  determination: 'determination (Article 39)',
  statement: 'statement',
  procedural: 'procedure',
  mun: 'Model UN convention',
};

/** One line: the part and, for operative verbs, the force. */
export function phraseDetail(p: Phrase): string {
  return p.part === 'preambular' ? 'Preambular phrase' : `Operative verb: ${FORCE_LABEL[p.force ?? 'statement']}`;
}

/** The explanation shown in completion and hover: what it signals, its legal force, how often adopted texts use it, the sources. */
export function describePhrase(p: Phrase): string {
  const lines = [`**${p.text}** (${phraseDetail(p).toLowerCase()})`, '', p.signals];
  if (p.force) lines.push('', `*Legal force:* ${FORCE_TEXT[p.force]}`);
  const n = corpusCount(p);
  lines.push('', `Opens ${p.part === 'operative' ? 'an operative' : 'a preambular'} paragraph in ${n} of the ${CORPUS.documents} adopted Security Council resolutions of ${CORPUS.from}–${CORPUS.to} in Resolute’s corpus.`);
  lines.push('', `Sources (drafting rules): ${p.sources.join(', ')}.`);
  return lines.join('\n');
}
