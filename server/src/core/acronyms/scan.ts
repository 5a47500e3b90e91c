// Per-paragraph acronym work, kept across document versions by the paragraph's text (byText): the
// definitions and uses of a paragraph are recognised again only when its text changed. Results are
// stored relative to the paragraph's start, without the paragraph, and placed where the text now stands.
import { byText, paragraphKey } from '../memo';
import type { Paragraph } from '../syntax/model';
import { shiftSpan, type Span } from '../text/span';
import { findDefinitions } from './definitions';
import type { AcronymDefinition, AcronymUse, NeverAbbreviated } from './model';
import { findUses, type Defined } from './uses';

/** A result with its spans relative to the paragraph's start and no paragraph. */
type Unplaced<T> = { readonly [K in keyof T]: K extends 'paragraph' ? undefined : T[K] };

export interface ParagraphScan {
  readonly defs: readonly Unplaced<AcronymDefinition>[];
  /** "United Nations (UN)" in a definition's parentheses. */
  readonly never: readonly Unplaced<NeverAbbreviated>[];
  readonly taken: readonly [number, number][];
  /** Uses found under earlier document-wide facts; each is valid while those facts answer the same. */
  uses: UsesVariant[];
}

/** Uses of a paragraph, and what findUses asked of the document to find them. */
interface UsesVariant {
  /** The last set of definitions it was found valid under (see definedToken). */
  token: object;
  readonly mixedCase: boolean;
  readonly asked: readonly (readonly [string, boolean])[];
  readonly uses: readonly Unplaced<AcronymUse>[];
  readonly never: readonly Unplaced<NeverAbbreviated>[];
}

const SPAN_FIELDS = ['span', 'keySpan', 'apostrophe', 'nameSpan', 'whole', 'parens', 'definition'] as const;

/**
 * A copy of a finding with its span fields moved by delta and its paragraph set: a plain clone
 * whose own fields are then set (one step for V8; a long draft moves thousands on every keystroke).
 */
function moved<T extends { paragraph?: Paragraph }>(x: object, delta: number, p: Paragraph | undefined): T {
  const out: Record<string, unknown> = { ...x };
  for (const k of SPAN_FIELDS) {
    const s = out[k] as Span | undefined;
    if (s !== undefined) out[k] = shiftSpan(s, delta);
  }
  if ('paragraph' in out) out.paragraph = p;
  return out as T;
}

const unplace = <T extends object>(xs: readonly T[], p: Paragraph) => xs.map((x) => moved<Unplaced<T>>(x, -p.span.start, undefined));
const place = <T extends object>(xs: readonly object[], p: Paragraph, out: T[]) => {
  for (const x of xs) out.push(moved<T & { paragraph?: Paragraph }>(x, p.span.start, p));
};

/** The definitions of a paragraph (its own facts, independent of the rest of the document). */
export function scanParagraph(source: string, p: Paragraph): ParagraphScan {
  return byText('acronyms', paragraphKey(source, p), scanDefinitions, p);
}

function scanDefinitions(p: Paragraph): ParagraphScan {
  const f = findDefinitions(p);
  const never = f.never.map((n) => ({ key: n.key, written: n.written, plural: false, span: n.span, definition: n.remove, paragraph: p }));
  return { defs: unplace(f.defs, p), never: unplace(never, p), taken: f.taken, uses: [] };
}

export function placeDefinitions(scan: ParagraphScan, p: Paragraph, defs: AcronymDefinition[], never: NeverAbbreviated[]): void {
  place(scan.defs, p, defs);
  place(scan.never, p, never);
}

/**
 * The uses of a paragraph under the document's definitions. findUses depends on the document only
 * through `defined`, so a result is reused while every question it asked gets the same answer.
 */
export function placeUses(source: string, p: Paragraph, scan: ParagraphScan, defined: Defined, token: object, uses: AcronymUse[], never: NeverAbbreviated[]): void {
  let v = scan.uses.find((u) => u.token === token);
  if (!v) {
    v = scan.uses.find((u) => u.mixedCase === defined.mixedCase && u.asked.every(([s, yes]) => defined.has(s) === yes));
    if (v) v.token = token;
  }
  if (!v) {
    const asked: [string, boolean][] = [];
    const recording: Defined = {
      has: (s) => {
        const yes = defined.has(s);
        asked.push([s, yes]);
        return yes;
      },
      mixedCase: defined.mixedCase,
    };
    const u: AcronymUse[] = [];
    const n: NeverAbbreviated[] = [];
    findUses(source, p, scan.taken, recording, u, n);
    v = { token, mixedCase: defined.mixedCase, asked, uses: unplace(u, p), never: unplace(n, p) };
    // The latest variants first; two suffice (an edit that defines or undefines an acronym, and back).
    scan.uses = [v, ...scan.uses.slice(0, 1)];
  }
  place(v.uses, p, uses);
  place(v.never, p, never);
}

const tokens = new Map<string, object>();

/**
 * One object per set of definitions (names and whether some are in mixed case): uses found under
 * the same set are valid without asking their questions again, as after most edits.
 */
export function definedToken(names: ReadonlySet<string>, mixedCase: boolean): object {
  const key = `${mixedCase}\n${[...names].sort().join('\n')}`;
  let t = tokens.get(key);
  if (!t) {
    if (tokens.size >= 16) tokens.clear();
    tokens.set(key, (t = {}));
  }
  return t;
}
