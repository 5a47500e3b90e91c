// Per-paragraph acronym work, kept across document versions with the paragraph's clean text (or by
// its text, byText, for a paragraph joined across a page break): the definitions and uses of a
// paragraph are recognised again only when its text changed. Results are stored relative to the
// paragraph's start, without the paragraph, and seen through views where the text now stands.
import { byText, paragraphKey } from '../memo';
import type { Paragraph } from '../syntax/model';
import { keepsCleanText } from '../syntax/paragraph-facts';
import { defineFact } from '../text/clean-text';
import { shiftSpan, type Span } from '../text/span';
import { findDefinitions } from './definitions';
import type { AcronymDefinition, AcronymUse, NeverAbbreviated } from './model';
import { findUses, type Defined } from './uses';
import { viewDefinition, viewNever, viewUse, type Unplaced } from './views';

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

/** The span fields of definitions, uses and never-abbreviated names. */
type Spans = { span: Span; keySpan?: Span; apostrophe?: Span; nameSpan?: Span; whole?: Span; parens?: Span; definition?: Span; paragraph?: Paragraph };

/**
 * A copy of a finding with its spans made relative to its paragraph's start and without the
 * paragraph, to be kept across versions (views place it where the paragraph stands). Optional
 * fields are set only where present, as where they were found.
 */
function unplaced<T>(x: object, p: Paragraph): Unplaced<T> {
  const delta = -p.span.start;
  const from = x as Spans;
  const out: Spans = { ...from };
  out.span = shiftSpan(from.span, delta);
  if (from.keySpan) out.keySpan = shiftSpan(from.keySpan, delta);
  if (from.apostrophe) out.apostrophe = shiftSpan(from.apostrophe, delta);
  if (from.nameSpan) out.nameSpan = shiftSpan(from.nameSpan, delta);
  if (from.whole) out.whole = shiftSpan(from.whole, delta);
  if (from.parens) out.parens = shiftSpan(from.parens, delta);
  if (from.definition) out.definition = shiftSpan(from.definition, delta);
  out.paragraph = undefined;
  return out as Unplaced<T>;
}

const unplace = <T extends object>(xs: readonly T[], p: Paragraph) => xs.map((x) => unplaced<T>(x, p));

/** The definitions of a paragraph (its own facts, independent of the rest of the document). */
export function scanParagraph(source: string, p: Paragraph): ParagraphScan {
  if (keepsCleanText(p)) return p.clean.facts(SCAN, p);
  return byText('acronyms', paragraphKey(source, p), scanDefinitions, p);
}

const SCAN = defineFact((_c, p: Paragraph) => scanDefinitions(p));

function scanDefinitions(p: Paragraph): ParagraphScan {
  const f = findDefinitions(p);
  const never = f.never.map((n) => ({ key: n.key, written: n.written, plural: false, span: n.span, definition: n.remove, paragraph: p }));
  return { defs: unplace(f.defs, p), never: unplace(never, p), taken: f.taken, uses: [] };
}

export function placeDefinitions(scan: ParagraphScan, p: Paragraph, defs: AcronymDefinition[], never: NeverAbbreviated[]): void {
  for (const d of scan.defs) defs.push(viewDefinition(d, p));
  for (const n of scan.never) never.push(viewNever(n, p));
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
  for (const u of v.uses) uses.push(viewUse(u, p));
  for (const n of v.never) never.push(viewNever(n, p));
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
