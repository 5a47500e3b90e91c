import { memo } from '../memo';
import { defineFact } from '../text/clean-text';
import { shiftSpan, type Span } from '../text/span';
import type { Paragraph, ResolutionDoc } from './model';

/** One paragraph named by a reference: "6 (b)" in "paragraphs 5 and 6 (b) above". */
export interface ReferenceItem {
  readonly value: number;
  readonly suffix?: string;
  /** Sub-paragraph labels, outermost first: ["b", "ii"]. "4 (a) and (b)" gives ["a"] then ["b"]. */
  readonly subs: readonly string[];
  /** Source span of the number with its suffix; absent for "(b)" in "4 (a) and (b)", which continues 4. */
  readonly numberSpan?: Span;
  /** How many leading `subs` the item takes over from the previous one without writing them. */
  readonly inherited: number;
  /** Source spans of the sub-paragraph labels written in this item (letters only), after the inherited ones. */
  readonly subSpans: readonly Span[];
  /** The whole item in source offsets. */
  readonly span: Span;
}

/** "paragraph 5 above", "paragraphs 3 to 6", "paragraph 6 (b)": a reference to a paragraph of the same text. */
export interface InternalReference {
  /** The whole reference, "paragraphs 3 to 6", in source offsets. */
  readonly span: Span;
  readonly items: readonly ReferenceItem[];
  /** The paragraph the reference is written in. */
  readonly from: Paragraph;
}

const SUFFIX = '(?:bis|ter|quater|quinquies|sexies|septies|octies)';
const SUB = '\\((?:[a-z]{1,3}|[ivxlc]{1,7})\\)';
/** "6", "5 bis", "6 (b) (ii)", "10-g". */
const FIRST = `\\d{1,3}(?:\\s${SUFFIX})?(?:-[a-z]\\b)?(?:\\s?${SUB})*`;
/** After the first item, a bare "(c)" continues the last number: "4 (a) and (b)". */
const ITEM = `(?:${FIRST}|${SUB}(?:\\s?${SUB})*)`;
const SEP = `\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|to|through)\\s+|\\s*[-–]\\s*`;
const REFERENCE = new RegExp(`\\b(?:operative\\s+)?(?:sub-?)?paragraphs?\\s+(${FIRST}(?:(?:${SEP})${ITEM})*)`, 'gi');
const ITEM_PARTS = new RegExp(`(\\d{1,3})?(?:\\s(${SUFFIX}))?(?:-([a-z])\\b)?((?:\\s?${SUB})*)`, 'y');
const SUB_LABEL = /\(([a-z]{1,3}|[ivxlc]{1,7})\)/g;
/** What follows a reference to another text: "of resolution 2705 (2023)", ", of the Charter", "in his report". */
const EXTERNAL_AFTER = /^\s*,?\s*(?:sub-?paragraphs?\s+[^,;]{1,40},\s*)?(?:of|in)\s+(?!(?:this|the present)\s+resolution\b)/i;
/** What marks a reference as internal beyond doubt. */
const EXPLICIT_AFTER = /^\s*(?:above|below|of\s+(?:this|the present)\s+resolution)\b/i;
/** What precedes one: "resolution 2705 (2023), paragraph 3", "Article 12, paragraph 2", "its paragraph 21". */
const EXTERNAL_BEFORE = /(?:\(\d{4}\)|\bresolution\s+[\d/]+(?:\s+[A-Z])?|\b(?:article|annex|section|rule|chapter)\s+[\dIVXL]+(?:\s+[a-z]+)?|\b(?:its|their|his|her))\s*,?\s*$/i;
/** A sentence that cites another text: a bare "paragraphs 21, 22 and 23" in it are that text's. */
const CITES_OTHER = /\bresolutions?\s+\d|\b[AS]\/(?:RES\/)?\d|\b(?:report|note|letter|agreement|statute|convention|protocol|declaration|communiqu[eé]|annex)\b/i;

/** The internal references of a document, computed once per version. */
export function internalReferences(doc: ResolutionDoc): readonly InternalReference[] {
  return memo(doc, 'syntax/internal-references', () => {
    const out: InternalReference[] = [];
    const visit = (p: Paragraph) => {
      scan(p, out);
      p.children.forEach(visit);
    };
    [...doc.preamble, ...doc.operative].forEach(visit);
    return out;
  });
}

/**
 * A paragraph's references, read once per text and kept with its clean text relative to the
 * paragraph's start (they depend on the words and their source layout only), then placed.
 */
function scan(p: Paragraph, out: InternalReference[]): void {
  for (const r of p.clean.facts(REFERENCES, p)) out.push(moveReference(r, p.span.start, p));
}

const REFERENCES = defineFact((_c, p: Paragraph) => {
  const read: InternalReference[] = [];
  readReferences(p, read);
  return read.map((r) => moveReference(r, -p.span.start, undefined));
});

/** A reference moved by d and bound to the paragraph it is written in (unbound in the cache). */
function moveReference(r: InternalReference, d: number, from: Paragraph | undefined): InternalReference {
  const items = r.items.map((it) => {
    const moved: { -readonly [K in keyof ReferenceItem]: ReferenceItem[K] } = { ...it };
    moved.span = shiftSpan(it.span, d);
    moved.subSpans = it.subSpans.map((s) => shiftSpan(s, d));
    if (it.numberSpan) moved.numberSpan = shiftSpan(it.numberSpan, d);
    return moved;
  });
  return { span: shiftSpan(r.span, d), items, from: from as Paragraph };
}

function readReferences(p: Paragraph, out: InternalReference[]): void {
  const t = p.clean.text;
  if (!/paragraph/i.test(t)) return;
  const quoted = quotationTracker(t);
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(t); m; m = REFERENCE.exec(t)) {
    const end = m.index + m[0].length;
    const after = t.slice(end, end + 40);
    if (EXTERNAL_AFTER.test(after)) continue;
    if (EXTERNAL_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (quoted(m.index)) continue;
    if (!EXPLICIT_AFTER.test(after) && CITES_OTHER.test(sentenceBefore(t, m.index))) continue;
    const items = parseItems(p, m[1], end - m[1].length);
    if (items.length) out.push({ span: p.clean.toSource({ start: m.index, end }), items, from: p });
  }
}

/** The items of a reference list that starts at clean offset `base`. */
function parseItems(p: Paragraph, list: string, base: number): ReferenceItem[] {
  const items: ReferenceItem[] = [];
  for (let i = 0; i < list.length; ) {
    ITEM_PARTS.lastIndex = i;
    const it = ITEM_PARTS.exec(list);
    if (!it || !it[0].length || (!it[1] && !it[4])) {
      i++;
      continue;
    }
    const prev = items[items.length - 1];
    const at = base + it.index;
    const written: string[] = [];
    const spans: Span[] = [];
    if (it[3]) {
      written.push(it[3]);
      const dash = at + it[0].indexOf('-') + 1;
      spans.push(p.clean.toSource({ start: dash, end: dash + 1 }));
    }
    const subsAt = at + it[0].length - (it[4] ?? '').length;
    SUB_LABEL.lastIndex = 0;
    for (let s = SUB_LABEL.exec(it[4] ?? ''); s; s = SUB_LABEL.exec(it[4] ?? '')) {
      written.push(s[1]);
      spans.push(p.clean.toSource({ start: subsAt + s.index + 1, end: subsAt + s.index + 1 + s[1].length }));
    }
    const span = p.clean.toSource({ start: at, end: at + it[0].length });
    if (it[1]) {
      const numberEnd = at + it[1].length + (it[2] ? it[2].length + 1 : 0);
      items.push({ value: Number(it[1]), suffix: it[2], subs: written, inherited: 0, numberSpan: p.clean.toSource({ start: at, end: numberEnd }), subSpans: spans, span });
    } else if (prev) {
      const inherited = Math.max(0, prev.subs.length - written.length);
      items.push({ value: prev.value, suffix: prev.suffix, subs: [...prev.subs.slice(0, inherited), ...written], inherited, subSpans: spans, span });
    }
    i = it.index + it[0].length;
  }
  return items;
}

/** The clause before a reference, from the last semicolon or colon (at most 300 characters). */
function sentenceBefore(t: string, at: number): string {
  const from = Math.max(0, at - 300);
  const chunk = t.slice(from, at);
  const cut = Math.max(chunk.lastIndexOf(';'), chunk.lastIndexOf(':'));
  return cut >= 0 ? chunk.slice(cut + 1) : chunk;
}

/**
 * Tells whether an offset lies inside a quotation (quoted text refers to its own source);
 * asked with increasing offsets, it reads the text once.
 */
function quotationTracker(t: string): (at: number) => boolean {
  let pos = 0;
  let curly = 0;
  let straight = false;
  return (at) => {
    for (; pos < at; pos++) {
      const c = t[pos];
      if (c === '“') curly++;
      else if (c === '”' && curly > 0) curly--;
      else if (c === '"') straight = !straight;
    }
    return curly > 0 || straight;
  };
}

/** The paragraph an item names, searched in the referring paragraph's section first; undefined when none. */
export function resolveItem(doc: ResolutionDoc, item: ReferenceItem, from?: Paragraph): Paragraph | undefined {
  const candidates = operativeByNumber(doc).get(numberKey(item.value, item.suffix));
  if (!candidates) return undefined;
  let target = candidates[0];
  if (candidates.length > 1 && from) {
    const section = sectionOf(doc, from.span.start);
    target = candidates.find((c) => sectionOf(doc, c.span.start) === section) ?? target;
  }
  let siblings: readonly Paragraph[] | undefined;
  for (const raw of item.subs) {
    const next = subParagraph(target, raw, siblings);
    if (!next) return undefined;
    siblings = next.level === target.level ? siblings : target.children;
    target = next;
  }
  return target;
}

const numberKey = (value: number, suffix: string | undefined) => (suffix === undefined ? `${value}` : `${value} ${suffix}`);

/** Operative paragraphs by number and suffix, in document order: references are resolved without a search. */
function operativeByNumber(doc: ResolutionDoc): ReadonlyMap<string, Paragraph[]> {
  return memo(doc, 'syntax/operative-by-number', () => {
    const index = new Map<string, Paragraph[]>();
    for (const p of doc.operative) {
      if (!p.label) continue;
      const k = numberKey(p.label.value, p.label.suffix ?? undefined);
      const list = index.get(k);
      if (list) list.push(p);
      else index.set(k, [p]);
    }
    return index;
  });
}

/**
 * The sub-paragraph `raw` of `holder`: among its children or, for a heading item such as
 * "(i) Protection of civilians" followed by "(a)", "(b)" at its own level, among the items after it
 * up to the next item of its own style (`siblings` is the list holding `holder`).
 */
export function subParagraph(holder: Paragraph, raw: string, siblings?: readonly Paragraph[]): Paragraph | undefined {
  const direct = holder.children.find((c) => c.label?.raw === raw);
  if (direct || !siblings || !holder.label) return direct;
  for (let k = siblings.indexOf(holder) + 1; k < siblings.length; k++) {
    const s = siblings[k];
    if (s.label?.style === holder.label.style) break;
    if (s.label?.raw === raw) return s;
  }
  return undefined;
}

/** Index of the section an offset falls in (0 before the first section marker). */
export function sectionOf(doc: ResolutionDoc, offset: number): number {
  let n = 0;
  for (const s of doc.sections) if (s.span.start <= offset) n++;
  return n;
}
