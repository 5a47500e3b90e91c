// Which paragraphs of a document version are, unchanged, paragraphs of the version before it: what
// a rule that reads one paragraph alone (rules/local.ts) found in them holds again, moved.
import { memo, paragraphKey } from '../memo';
import { numbering } from './paragraph-facts';
import type { ParagraphKind, ResolutionDoc } from './model';

const KIND: Record<ParagraphKind, number> = {
  heading: 0,
  opening: 1,
  preambular: 2,
  operative: 3,
  subparagraph: 4,
  subheading: 5,
  text: 6,
  'annex-title': 7,
  'annex-body': 8,
  footnote: 9,
  footer: 10,
};

/** What a paragraph-local rule may read of each paragraph (LocalPart), in arrays, and where each stands; no part of the document itself. */
export interface Outline {
  readonly textLength: number;
  /** The document's format, organ and draft masthead. */
  readonly flags: string;
  readonly starts: Int32Array;
  /** The block's source text (the same string while the block is unchanged); for a paragraph joined across a page break, its text and layout. */
  readonly keys: readonly (string | undefined)[];
  /** Kind and numbering. */
  readonly shapes: Uint8Array;
}

export function outlineOf(doc: ResolutionDoc): Outline {
  return memo(doc, 'outline', () => {
    const n = doc.all.length;
    const starts = new Int32Array(n);
    const keys = new Array<string | undefined>(n);
    const shapes = new Uint8Array(n);
    doc.all.forEach((p, i) => {
      starts[i] = p.span.start;
      keys[i] = p.segments.length === 1 ? p.clean.key : paragraphKey(doc.text, p);
      shapes[i] = KIND[p.kind] * 2 + numbering(p);
    });
    return { textLength: doc.text.length, flags: `${doc.format} ${doc.organ} ${doc.isDraft}`, starts, keys, shapes };
  });
}

/** Paragraph i of `doc` and paragraph j of the version before have the same block text, kind and numbering. */
const same = (a: Outline, i: number, b: Outline, j: number) => a.keys[i] !== undefined && a.keys[i] === b.keys[j] && a.shapes[i] === b.shapes[j];

/**
 * Paragraph i of `doc` (by index in `doc.all`) is paragraph i of the version outlined by `b` when i < head, and
 * paragraph i - offset, moved by `shift` characters, when i >= tail; those between are new.
 * Found from both ends: an edit leaves the paragraphs before it where they were and moves those
 * after it by the change in length. Undefined when the document's flags changed.
 */
export interface Alignment {
  readonly head: number;
  readonly tail: number;
  readonly offset: number;
  readonly shift: number;
}

export function alignment(b: Outline, doc: ResolutionDoc): Alignment | undefined {
  const a = outlineOf(doc);
  if (a.flags !== b.flags) return undefined;
  const n = a.starts.length;
  const m = b.starts.length;
  let head = 0;
  while (head < n && head < m && a.starts[head] === b.starts[head] && same(a, head, b, head)) head++;
  const shift = a.textLength - b.textLength;
  let tail = n;
  for (let j = m - 1; tail > head && j >= head && a.starts[tail - 1] - b.starts[j] === shift && same(a, tail - 1, b, j); j--) tail--;
  return { head, tail, offset: n - m, shift };
}
