/** Which part of a resolution a standard phrase opens. */
export type Part = 'preambular' | 'operative';

/**
 * What an operative verb signals in law (RULES.md PHR-04). A verb is a strong signal,
 * never a guarantee: whether a paragraph binds is read from the whole text (ICJ, Namibia, para. 114).
 */
export type Force =
  | 'decision'
  | 'contested'
  | 'authorization'
  | 'instruction'
  | 'direction'
  | 'exhortation'
  | 'censure'
  | 'restatement'
  | 'determination'
  | 'statement'
  | 'procedural'
  | 'mun';

export interface Phrase {
  /** As it opens a paragraph: "Calls upon", "Gravely concerned". */
  readonly text: string;
  readonly part: Part;
  /** What a drafter signals by choosing it, in a sentence or two. */
  readonly signals: string;
  /** Operative phrases: the legal force the verb usually carries. */
  readonly force?: Force;
  /** Source keys of RULES.md (e.g. "PHR-04", "ICJ-NAMIBIA"). */
  readonly sources: readonly string[];
  /** The words set in italics when they differ from the whole phrase ("Acting" in "Acting under Chapter VII ..."). */
  readonly lead?: string;
}
