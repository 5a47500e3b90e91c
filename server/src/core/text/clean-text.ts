import { markUsed, ownCopy, TextCache, type CacheEntry } from '../memo';
import type { Span } from './span';

/**
 * A paragraph's words without Markdown: emphasis markers, link syntax, footnote
 * references, escapes and HTML comments removed; NBSP and similar spaces read as a
 * space, U+2010/U+2011 as a hyphen, line breaks as a space. Every character keeps
 * the source offset it came from, so rules match on clean text and report on source.
 */
export class CleanText {
  constructor(
    readonly text: string,
    /**
     * Where each character came from, as runs of consecutive source offsets (most of a paragraph
     * is copied as is): run r starts at clean index runs[2r], from source offset runs[2r + 1] +
     * base. Index text.length maps to the source end.
     */
    private readonly runs: Runs,
    /** Italic runs (Markdown `*x*`), in clean offsets. */
    readonly italics: readonly Span[],
    /** Offsets in runs are relative to this, so an unchanged paragraph can move without a copy. */
    private readonly base = 0,
    /**
     * The source text of a single block, the same string in every version while the block is
     * unchanged (the key of the block cache; some facts read it).
     */
    readonly key?: string,
    /** Facts about the words alone, by slot, shared by every moved copy (see `facts`); sized for the facts defined. */
    private readonly memos: unknown[] = new Array(slots),
  ) {}

  /** The same clean text for the same source text found `delta` characters later. */
  shifted(delta: number): CleanText {
    return delta === 0 ? this : new CleanText(this.text, this.runs, this.italics, this.base + delta, this.key, this.memos);
  }

  /** The same, built from the block whose source text is key. */
  withKey(key: string): CleanText {
    return new CleanText(this.text, this.runs, this.italics, this.base, key, this.memos);
  }

  /**
   * A fact about this clean text (see `Fact`: the words, their italics, their source layout; a
   * result with source offsets says where the text stood when it was found, and is moved from
   * there), computed once for it and its moved copies in later versions: an unchanged paragraph is
   * not read again.
   */
  facts<T, A, B, C>(fact: Fact<T, A, B, C>, a: A, b: B, c: C): T;
  facts<T, A, B>(fact: Fact<T, A, B>, a: A, b: B): T;
  facts<T, A>(fact: Fact<T, A>, a: A): T;
  facts<T>(fact: Fact<T>): T;
  facts<T, A, B, C>(fact: Fact<T, A, B, C>, a?: A, b?: B, c?: C): T {
    const v = this.memos[fact.slot];
    if (v !== undefined) return (v === NONE ? undefined : v) as T;
    const computed = fact.compute(this, a as A, b as B, c as C);
    this.memos[fact.slot] = computed === undefined ? NONE : computed;
    return computed;
  }

  sourceOffset(i: number): number {
    return this.at(Math.max(0, Math.min(i, this.text.length))) + this.base;
  }

  /** The source offset of clean index i (0 <= i <= text.length), before the base is added. */
  private at(i: number): number {
    const runs = this.runs;
    let lo = 0;
    let hi = (runs.length >> 1) - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[2 * mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return runs[2 * lo + 1] + i - runs[2 * lo];
  }

  /**
   * Source span covering clean characters [start, end), widened to whole characters: a
   * span never ends between the two halves of a surrogate pair (an emoji, a rare CJK character).
   */
  toSource(s: Span): Span {
    const t = this.text;
    const lo = s.start > 0 && isLow(t.charCodeAt(s.start)) && isHigh(t.charCodeAt(s.start - 1)) ? s.start - 1 : s.start;
    const start = this.sourceOffset(lo);
    if (s.end <= s.start) return { start, end: start };
    const hi = Math.min(s.end, t.length);
    const end = hi < t.length && isHigh(t.charCodeAt(hi - 1)) && isLow(t.charCodeAt(hi)) ? hi + 1 : hi;
    return { start, end: this.at(end - 1) + 1 + this.base };
  }

  /** Clean index of a source offset (the first clean character at or after it). */
  fromSource(offset: number): number {
    const rel = offset - this.base;
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at(mid) < rel) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  isItalic(start: number, end: number): boolean {
    return this.italics.some((r) => r.start <= start && r.end >= end);
  }
}

const NO_ITALICS: readonly Span[] = [];

/** A fact computed as undefined (a missing fact reads undefined too). */
const NONE = Symbol('none');

/**
 * A fact about a clean text (CleanText.facts): computed from the words, their italics and their
 * source layout only (with the extra arguments, which must not change what it answers for the
 * same text). Each has a slot of its own, so that reading one is an array access.
 */
export interface Fact<T, A = undefined, B = undefined, C = undefined> {
  readonly slot: number;
  readonly compute: (clean: CleanText, a: A, b: B, c: C) => T;
}

let slots = 0;

export function defineFact<T, A = undefined, B = undefined, C = undefined>(compute: (clean: CleanText, a: A, b: B, c: C) => T): Fact<T, A, B, C> {
  return { slot: slots++, compute };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!<>|~"'$]/;

/** Characters that need more than a copy; everything between them is copied in one slice. */
const SPECIAL = /[\\<[*\r\n\t\u00a0\u2000-\u200a\u202f\ufeff\u2010\u2011]/g;

type Cleaned = { clean: CleanText; start: number };

/**
 * Run starts and source offsets, interleaved in one plain array of exactly the right size: a
 * paragraph has a handful of runs, too few to pay for typed arrays or spare capacity.
 */
type Runs = readonly number[];

/** The runs of consecutive offsets in a full map (one entry per clean index, and one for the end). */
function toRuns(map: Int32Array, length: number): Runs {
  let count = 0;
  for (let i = 0; i < length; i++) if (i === 0 || map[i] !== map[i - 1] + 1) count++;
  const runs = new Array<number>(2 * count);
  for (let i = 0, r = 0; i < length; i++) {
    if (i === 0 || map[i] !== map[i - 1] + 1) {
      runs[r++] = i;
      runs[r++] = map[i];
    }
  }
  return runs;
}

const blocks = new TextCache<Cleaned>(16384, (v) => v.clean.key!);

/**
 * The blocks cleaned in the last few sources (versions of the documents being edited), in the
 * order they were cleaned (by start offset). A block that lies wholly in the part of the text an
 * edit left alone (before it, or after it, moved) is the block found there in the previous version:
 * found without reading its text. The parser asks for blocks in order, so a cursor finds them.
 */
interface Version {
  /** The text (moved on by `cleanEditedBlock`). */
  source: string;
  readonly starts: number[];
  readonly blocks: BlockAt[];
  /** Where the last lookup ended. */
  cursor: number;
  /** Parsed to its end: its blocks are all there (parsing the same text again only reads them). */
  complete: boolean;
}
interface BlockAt {
  readonly entry: CacheEntry<Cleaned>;
  readonly length: number;
}
const newVersion = (source: string): Version => ({ source, starts: [], blocks: [], cursor: 0, complete: false });

/** The block cleaned at start in version v. */
function blockAt(v: Version, start: number): BlockAt | undefined {
  const starts = v.starts;
  let i = v.cursor;
  // Asked out of order (a new parse of the same text): start over.
  if (i > 0 && starts[i - 1] >= start) i = 0;
  while (i < starts.length && starts[i] < start) i++;
  v.cursor = i;
  return starts[i] === start ? v.blocks[i] : undefined;
}

/** The latest versions of the last two documents edited; a third document costs a lookup by text on its first parse. */
const RECENT = 2;
let recent: Version[] = [];
/**
 * The source being parsed (the very string, so that asking again costs no comparison) against the
 * most alike recent one: the lengths of their common start and end.
 */
let current: { source: string; version: Version; previous?: Version; prefix: number; suffix: number } | undefined;

function versionOf(source: string) {
  if (current?.source === source) {
    current.source = source; // the same text in another string: compared once, then by identity
    return current;
  }
  let best: typeof current;
  for (const v of recent) {
    if (v.source === source) {
      best = { source, version: v, prefix: 0, suffix: 0 };
      break;
    }
    const prefix = commonPrefix(source, v.source);
    const suffix = commonSuffix(source, v.source, Math.min(source.length, v.source.length) - prefix);
    if (!best || prefix + suffix > best.prefix + best.suffix) best = { source, version: newVersion(source), previous: v, prefix, suffix };
  }
  current = best ?? { source, version: newVersion(source), prefix: 0, suffix: 0 };
  const from = current.previous;
  if (recent.includes(current.version)) return current;
  // An edit of a recent version takes its place (typing in one document keeps the other); another text joins them.
  const edited = from && current.prefix + current.suffix >= Math.max(source.length, from.source.length) / 2;
  recent = edited ? recent.map((v) => (v === from ? current!.version : v)) : [current.version, ...recent.slice(0, RECENT - 1)];
  return current;
}

/**
 * The source has been parsed: the version it was compared with is no longer needed (the next
 * version is compared with this one), and its text, a whole earlier document, can go.
 */
export function settleVersion(source: string): void {
  if (current?.source !== source) return;
  current.previous = undefined;
  current.version.complete = true;
}

/**
 * Builds the clean text of source segments, joined by one space each. A single segment whose
 * text was cleaned before (in an earlier version of the document) is reused, moved to its new place.
 */
export function cleanSegments(source: string, segments: readonly Span[]): CleanText {
  if (segments.length !== 1) return build(source, segments);
  const { start, end } = segments[0];
  const v = versionOf(source);
  const length = end - start;
  let found = v.version.complete ? blockAt(v.version, start) : undefined;
  let same: BlockAt | undefined;
  if (!found && v.previous) {
    const moved = source.length - v.previous.source.length;
    const before = end <= v.prefix ? start : start >= source.length - v.suffix ? start - moved : -1;
    same = before >= 0 ? blockAt(v.previous, before) : undefined;
    found = same;
  }
  let entry: CacheEntry<Cleaned>;
  if (found?.length === length) {
    entry = found.entry;
    // Found by position: still in use, though not asked for by text.
    markUsed(entry);
  } else entry = blockEntry(source, start, end);
  if (!v.version.complete) {
    // The previous version's record serves again when the block is the same.
    v.version.starts.push(start);
    v.version.blocks.push(same?.entry === entry ? same : { entry, length });
  }
  const hit = entry.value;
  return hit.clean.shifted(start - hit.start);
}

/** The cache entry of the block [start, end) of source, found by its text or cleaned. */
function blockEntry(source: string, start: number, end: number): CacheEntry<Cleaned> {
  const text = source.slice(start, end);
  return blocks.entry(text, () => {
    const clean = build(source, [{ start, end }]);
    // Most blocks have no Markdown: their clean text is their source text, one string for both.
    return { clean: clean.withKey(clean.text === text ? clean.text : ownCopy(text)), start };
  });
}

/**
 * The clean text of the block `span` of `to`, which is `from` edited inside the block that stood
 * at `before` and nowhere else, with the blocks otherwise where they were (after it, moved by
 * `delta`): the parser's model of `from` is moved to `to` rather than made again. The record of
 * `from`'s blocks serves `to`, so that a later parse finds them by position as it would have.
 */
export function cleanEditedBlock(from: string, to: string, before: number, span: Span, delta: number): CleanText {
  const entry = blockEntry(to, span.start, span.end);
  const v = recent.find((r) => r.source === from && r.complete);
  const at = v ? binarySearch(v.starts, before) : -1;
  if (v && at >= 0) {
    const starts = v.starts;
    starts[at] = span.start;
    v.blocks[at] = { entry, length: span.end - span.start };
    for (let i = at + 1; i < starts.length; i++) starts[i] += delta;
    // Asked for by position in every parse: their ages must not make them look unused.
    for (const b of v.blocks) markUsed(b.entry);
    v.source = to;
    v.cursor = 0;
    if (current?.version === v) current = { source: to, version: v, prefix: 0, suffix: 0 };
  }
  return entry.value.clean.shifted(span.start - entry.value.start);
}

function binarySearch(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return mid;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function clearCleanTextCache(): void {
  blocks.clear();
  recent = [];
  current = undefined;
}

/** Length of the common start of a and b, compared a chunk at a time (native string comparison). */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let lo = 0;
  let step = 1024;
  while (lo < n) {
    const hi = Math.min(n, lo + step);
    if (a.slice(lo, hi) === b.slice(lo, hi)) {
      lo = hi;
      step *= 2;
    } else if (hi - lo > 32) step = (hi - lo) >> 1;
    else {
      while (lo < hi && a.charCodeAt(lo) === b.charCodeAt(lo)) lo++;
      return lo;
    }
  }
  return lo;
}

/** Length of the common end of a and b, at most max. */
export function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let step = 1024;
  while (lo < max) {
    const hi = Math.min(max, lo + step);
    if (a.slice(a.length - hi, a.length - lo) === b.slice(b.length - hi, b.length - lo)) {
      lo = hi;
      step *= 2;
    } else if (hi - lo > 32) step = (hi - lo) >> 1;
    else {
      while (lo < hi && a.charCodeAt(a.length - 1 - lo) === b.charCodeAt(b.length - 1 - lo)) lo++;
      return lo;
    }
  }
  return lo;
}

function build(source: string, segments: readonly Span[]): CleanText {
  let capacity = segments.length + 1;
  for (const seg of segments) capacity += seg.end - seg.start;
  const map = new Int32Array(capacity);
  const parts: string[] = [];
  let n = 0;
  const italics: Span[] = [];
  let italicStart = -1;

  const copy = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(source.slice(from, to));
    for (let k = from; k < to; k++) map[n++] = k;
  };
  const push = (ch: string, at: number) => {
    parts.push(ch);
    map[n++] = at;
  };

  segments.forEach((seg, segIndex) => {
    if (segIndex > 0) push(' ', segments[segIndex - 1].end);
    const end = seg.end;
    let i = seg.start;
    SPECIAL.lastIndex = i;
    while (i < end) {
      const m = SPECIAL.exec(source);
      const at = m && m.index < end ? m.index : end;
      copy(i, at);
      i = at;
      if (i >= end) break;
      i = special(i, end, seg.start);
      SPECIAL.lastIndex = i;
    }
  });

  /** Handles the special character at i; returns where copying resumes. */
  function special(i: number, end: number, segStart: number): number {
    const ch = source[i];
    if (ch === '\\') {
      if (i + 1 < end && ESCAPABLE.test(source[i + 1])) {
        push(source[i + 1], i + 1);
        return i + 2;
      }
      push(ch, i);
      return i + 1;
    }
    if (ch === '<') {
      if (source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 4);
        return close < 0 || close + 3 > end ? end : close + 3;
      }
      push(ch, i);
      return i + 1;
    }
    if (ch === '[') {
      if (source[i + 1] === '^') {
        const close = source.indexOf(']', i);
        if (close > 0 && close < end && close - i < 12) return close + 1;
      }
      const link = matchLink(source, i, end);
      if (link) {
        // Keep the link text (it may carry emphasis or escapes), drop the target.
        let j = i + 1;
        while (j < link.textEnd) {
          if (source[j] === '\\' && j + 1 < link.textEnd && ESCAPABLE.test(source[j + 1])) {
            push(source[j + 1], j + 1);
            j += 2;
          } else if (source[j] === '*') {
            j++;
          } else {
            push(normalize(source[j]), j);
            j++;
          }
        }
        return link.end;
      }
      push(ch, i);
      return i + 1;
    }
    if (ch === '*') {
      let j = i;
      while (j < end && source[j] === '*') j++;
      const run = j - i;
      const prev = i > segStart ? source[i - 1] : ' ';
      const next = j < end ? source[j] : ' ';
      if (isSpace(prev) && isSpace(next)) {
        copy(i, j);
        return j;
      }
      if (run % 2 === 1) {
        if (italicStart < 0) italicStart = n;
        else {
          if (n > italicStart) italics.push({ start: italicStart, end: n });
          italicStart = -1;
        }
      }
      return j;
    }
    if (ch === '\r') return i + 1;
    push(ch === '\n' ? ' ' : normalize(ch), i);
    return i + 1;
  }

  if (italicStart >= 0 && n > italicStart) italics.push({ start: italicStart, end: n });
  map[n] = segments.length ? segments[segments.length - 1].end : 0;
  // A single part is a slice of the whole source, which the caches would keep alive.
  // Exactly sized (a pushed-to array keeps spare room): thousands of paragraphs stay cached.
  return new CleanText(parts.length === 1 ? ownCopy(parts[0]) : parts.join(''), toRuns(map, n + 1), italics.length ? italics.slice() : NO_ITALICS);
}

function normalize(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x2010 || c === 0x2011) return '-';
  if (c === 9 || c === 0xa0 || c === 0x202f || c === 0xfeff || (c >= 0x2000 && c <= 0x200a)) return ' ';
  return ch;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || normalize(ch) === ' ';
}

/** `[text](target)` starting at i, on one paragraph. */
function matchLink(source: string, i: number, end: number): { textEnd: number; end: number } | undefined {
  let depth = 0;
  let j = i;
  for (; j < end && j - i < 400; j++) {
    const c = source[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) break;
    }
  }
  if (j >= end || source[j] !== ']' || source[j + 1] !== '(') return undefined;
  const close = source.indexOf(')', j + 2);
  if (close < 0 || close >= end || close - j > 300 || /\s/.test(source.slice(j + 2, close))) return undefined;
  return { textEnd: j, end: close + 1 };
}
