import type { Paragraph, ResolutionDoc } from './syntax/model';

const cache = new WeakMap<ResolutionDoc, Map<string, unknown>>();

/** Facts derived from a parsed document alone (not from settings), computed once per document version. */
export function memo<T>(doc: ResolutionDoc, key: string, compute: () => T): T {
  let m = cache.get(doc);
  if (!m) {
    m = new Map();
    cache.set(doc, m);
  }
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}

/**
 * Counts parses: text-keyed results not asked for during the last 64 parses are dropped. Enough
 * for the paragraphs of a document edited in turn with others; typing leaves at most that many
 * stale entries (the edited paragraph as it was at each keystroke).
 */
let generation = 0;
const KEEP_GENERATIONS = 64;

/** A document (version) was parsed. */
export function nextGeneration(): void {
  generation++;
}

/** A cached value and the last parse that used it. */
export interface CacheEntry<T> {
  readonly value: T;
  used: number;
}

/** Marks an entry as in use without asking for it (a result found another way, by position). */
export function markUsed(e: CacheEntry<unknown>): void {
  e.used = generation;
}

/**
 * Results that depend only on a string (a paragraph's text), kept across document versions:
 * after an edit only the edited paragraph is computed again. Now and then (after as many
 * insertions as half the entries), what was not asked for during the last 64 parses goes: typing
 * leaves one stale entry per keystroke (the edited paragraph as it was), which must not pile up to
 * the capacity. A hit only stamps its entry (a long draft asks for thousands of paragraphs on
 * every keystroke).
 */
export class TextCache<T> {
  private readonly entries = new Map<string, CacheEntry<T>>();
  private inserted = 0;

  /** `keyOf` gives the key to keep for a value (a copy that holds no larger text alive); default: the text asked. */
  constructor(
    private readonly capacity: number,
    private readonly keyOf?: (v: T) => string,
  ) {}

  /** The value for text; `compute(a, b)` on a miss (arguments rather than a closure: nothing allocated on a hit). */
  get<A = undefined, B = undefined>(text: string, compute: (a: A, b: B) => T, a?: A, b?: B): T {
    return this.entry(text, compute, a, b).value;
  }

  /** The entry for text (see `markUsed`), computed on a miss. */
  entry<A = undefined, B = undefined>(text: string, compute: (a: A, b: B) => T, a?: A, b?: B): CacheEntry<T> {
    const hit = this.entries.get(text);
    if (hit) {
      hit.used = generation;
      return hit;
    }
    const e = { value: compute(a as A, b as B), used: generation };
    this.entries.set(this.keyOf ? this.keyOf(e.value) : text, e);
    // A sweep reads every entry: it waits for half as many insertions (and small caches are not worth it).
    if ((++this.inserted >= Math.max(256, this.entries.size >> 1) && this.entries.size > 1024) || this.entries.size > this.capacity) this.cleanUp();
    return e;
  }

  private cleanUp(): void {
    this.inserted = 0;
    for (const [k, e] of this.entries) if (e.used < generation - KEEP_GENERATIONS) this.entries.delete(k);
    // Still full (a working set larger than the capacity): the older half goes.
    if (this.entries.size > this.capacity) {
      let drop = this.entries.size - Math.floor(this.capacity / 2);
      for (const k of this.entries.keys()) {
        if (drop-- <= 0) break;
        this.entries.delete(k);
      }
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

const caches = new Map<string, TextCache<unknown>>();

/**
 * Memoises per-paragraph work by the paragraph's text. `compute` must depend on nothing but
 * the text, and return offsets relative to it (clean offsets), never source offsets.
 */
export function byText<T, A = undefined, B = undefined>(key: string, text: string, compute: (a: A, b: B) => T, a?: A, b?: B): T {
  let c = caches.get(key) as TextCache<T> | undefined;
  if (!c) {
    c = new TextCache<T>(8192);
    caches.set(key, c as TextCache<unknown>);
  }
  return c.get(text, compute, a, b);
}

/**
 * Forgets every result kept by `byText` (tests compare incremental and full analyses with it);
 * results kept with clean texts go with `clearCleanTextCache`.
 */
export function clearTextCaches(): void {
  for (const c of caches.values()) c.clear();
}

const keys = new WeakMap<Paragraph, string>();

/**
 * A paragraph's source text, and where its segments stand, as the key of text-keyed caches: for a
 * paragraph joined across a page break (one of a single block keeps its results with its clean text).
 */
export function paragraphKey(source: string, p: Paragraph): string {
  let k = keys.get(p);
  if (k === undefined) {
    k = source.slice(p.span.start, p.span.end);
    if (p.segments.length > 1) k += `\u0000${p.segments.map((s) => `${s.start - p.span.start}-${s.end - p.span.start}`).join(',')}`;
    // A cache keeps the key: a slice of the source would keep this whole version of the document alive.
    k = ownCopy(k);
    keys.set(p, k);
  }
  return k;
}

/**
 * A copy of s that does not keep alive the larger string it may be a slice of (a whole earlier
 * version of the document), for strings kept across versions.
 */
export function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}
