// Reading the full name in the words before "(ACR)": by initials, by the names the data knows,
// else by letters in order. Work is bounded by the acronym's length, so each definition costs O(1).
import { knownNames, officialEntries } from '../data/acronym-data';
import { keepShape } from '../shapes';
import type { Span } from '../text/span';
import { nameTokens, nameWords } from './names';
import type { Fit } from './model';

interface Word {
  /** Clean offsets of the word without surrounding quotes and punctuation. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Letters the word can give, tried in order: every hyphenated part's initial, the first initial, all the capitals of "UN" or "DRC". */
  readonly options: readonly string[];
  readonly stop: boolean;
}

interface Token {
  readonly t: string;
  readonly at: number;
}

const STOP = new Set(
  'of the and for in on to at by with against from into under de du des la le les et pour en a an y del los las el its or sur upon between &'.split(' '),
);

const BOUNDARY = new Set([';', ':', '(', ')', '[', ']']);
const WINDOW = 300;
const MAX_WORDS = 40;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

/**
 * The words before a parenthesis, read backwards only as far as asked (at most MAX_WORDS words or
 * WINDOW characters), and their name words (nameTokens) with clean offsets.
 */
export class NameWindow {
  /** Words from the end: back[0] is the word just before the parenthesis. */
  private readonly back: Word[] = [];
  private readonly tokens: Token[] = [];
  private wordsRead = 0;
  private pos: number;
  private stopped = false;

  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {
    this.pos = end;
  }

  /** The last n words (fewer at a boundary), in text order. */
  last(n: number): Word[] {
    while (this.back.length < n && this.readWord());
    return this.back.slice(0, n).reverse();
  }

  /** The k-th name word from the end (1 = the last), or undefined. */
  fromEnd(k: number): Token | undefined {
    while (this.tokens.length < k) {
      if (this.wordsRead === this.back.length && !this.readWord()) break;
      const w = this.back[this.wordsRead++];
      const ts = nameTokens(w.text);
      for (let i = ts.length - 1; i >= 0; i--) this.tokens.push({ t: ts[i].t, at: w.start + ts[i].at });
    }
    return this.tokens[k - 1];
  }

  /** Reads one more word backwards; false at a boundary or the limit. A name never runs past clause
   * punctuation, brackets, a sentence end or a dash between spaces. */
  private readWord(): boolean {
    const { text, end } = this;
    while (!this.stopped) {
      let i = this.pos;
      if (this.back.length >= MAX_WORDS || i <= 0 || end - i >= WINDOW) break;
      while (i > 0 && isSpace(text[i - 1])) i--;
      let j = i;
      while (j > 0 && !isSpace(text[j - 1])) j--;
      if (j === i) break;
      let raw = text.slice(j, i);
      let at = j;
      if ((i < end && raw.endsWith('.')) || raw === '-' || raw === '–' || raw === '—') break;
      let b = raw.length - 1;
      while (b >= 0 && !BOUNDARY.has(raw[b])) b--;
      if (b >= 0) {
        raw = raw.slice(b + 1);
        at += b + 1;
        this.stopped = true;
      }
      this.pos = j;
      const w = word(raw, at);
      if (w) {
        this.back.push(w);
        return true;
      }
    }
    this.stopped = true;
    return false;
  }
}

keepShape(new NameWindow('', 0));

export function windowBefore(text: string, end: number): NameWindow {
  return new NameWindow(text, end);
}

const QUOTE_LEAD = '“”"‘’\'«*_';
const QUOTE_TRAIL = '“”"‘’\'»,.*_';
const isAlnum = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c > '\u007f' && /[\p{L}\p{N}]/u.test(c));

function word(raw: string, at: number): Word | undefined {
  let a = 0;
  let b = raw.length;
  while (a < b && QUOTE_LEAD.includes(raw[a])) a++;
  while (b > a && QUOTE_TRAIL.includes(raw[b - 1])) b--;
  if (a === b) return undefined;
  const core = raw.slice(a, b);
  // The initial of each part: "Counter-Terrorism" gives CT.
  let parts = '';
  let fresh = true;
  for (const c of core) {
    if (c === '-' || c === '/') fresh = true;
    else if (fresh && isAlnum(c)) {
      parts += c.toUpperCase();
      fresh = false;
    }
  }
  const options = parts ? [parts] : [];
  if (parts.length > 1) options.push(parts[0]);
  if (core.length > 1 && /^[A-Z]{2,}s?$/.test(core)) options.push(core.endsWith('s') ? core.slice(0, -1) : core);
  return { start: at + a, end: at + b, text: core, options, stop: STOP.has(core.toLowerCase()) };
}

/** The letters a name must give: capitals and digits ("FC-G5S" → FCG5S); every letter for mixed case (GoS). */
export function acronymLetters(key: string): string {
  return key.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

/**
 * Index of the first word of a name whose initials spell `letters`, ending at the last word.
 * Small words (of, the, and) may be skipped or give their initial; a hyphenated word gives the
 * initial of its first part or of every part (Counter-Terrorism → C or CT).
 */
export function fitInitials(words: readonly Word[], letters: string): number | undefined {
  const memo = new Map<number, number | undefined>();
  const go = (j: number, i: number): number | undefined => {
    if (i < 0) return j + 1;
    if (j < 0) return undefined;
    const k = j * 64 + i;
    if (memo.has(k)) return memo.get(k);
    memo.set(k, undefined);
    const w = words[j];
    let r: number | undefined;
    for (const o of w.options) {
      if (o.length > i + 1 || letters.slice(i - o.length + 1, i + 1) !== o) continue;
      if (i - o.length + 1 === 0 && w.stop) continue;
      r = go(j - 1, i - o.length);
      if (r !== undefined) break;
    }
    if (r === undefined && w.stop && i < letters.length - 1) r = go(j - 1, i);
    memo.set(k, r);
    return r;
  };
  const start = go(words.length - 1, letters.length - 1);
  return start === undefined || start >= words.length ? undefined : start;
}

/** Letters in order, the first at a word start (Schwartz and Hearst), for names such as "Triaminotrinitrobenzene (TATB)". */
export function fitLetters(words: readonly Word[], letters: string): number | undefined {
  let i = letters.length - 1;
  for (let j = words.length - 1; j >= 0 && i >= 0; j--) {
    const t = words[j].text.toUpperCase();
    for (let c = t.length - 1; c >= 0 && i >= 0; c--) {
      if (t[c] !== letters[i]) continue;
      if (i === 0) {
        if (c === 0 && !words[j].stop) return j;
        continue;
      }
      i--;
    }
  }
  return undefined;
}

/**
 * Where the window ends with one of the names (compared as nameWords): the clean offset the name starts
 * at (inside a word for "counter-improvised explosive device"), and its length in name words.
 */
function endsWithName(w: NameWindow, names: readonly (readonly string[])[]): { at: number; length: number } | undefined {
  let best: { at: number; length: number } | undefined;
  for (const n of names) {
    if (!n.length || (best && n.length <= best.length)) continue;
    let k = 1;
    for (; k <= n.length; k++) if (w.fromEnd(k)?.t !== n[n.length - k]) break;
    if (k > n.length) best = { at: w.fromEnd(n.length)!.at, length: n.length };
  }
  return best;
}

const namesCache = new Map<string, string[][]>();
function dataNames(key: string): string[][] {
  let n = namesCache.get(key);
  if (!n) namesCache.set(key, (n = knownNames(key).map(nameWords)));
  return n;
}

/** The full name before "(ACR)": clean span and how it was read. */
export function readName(w: NameWindow, key: string): { span?: Span; fit: Fit } {
  const letters = acronymLetters(key);
  const words = w.last(Math.min(letters.length, 12) * 2 + 2);
  if (!words.length) return { fit: 'none' };
  const last = words[words.length - 1];
  const span = (start: number) => ({ start: words[start].start, end: last.end });
  const initials = letters.length >= 2 ? fitInitials(words, letters) : undefined;
  const data = endsWithName(w, dataNames(key));
  if (data !== undefined && (initials === undefined || data.at <= words[initials].start)) return { span: { start: data.at, end: last.end }, fit: 'data' };
  if (initials !== undefined) return { span: span(initials), fit: 'initials' };
  const near = words.slice(-Math.min(words.length, letters.length + 3));
  const loose = fitLetters(near, letters);
  if (loose !== undefined) return { span: { start: near[loose].start, end: last.end }, fit: 'letters' };
  return { fit: 'none' };
}

/** The acronym's letters occur in order in the window's words from `from`, the first at a word start. */
export function spellsLoosely(w: NameWindow, from: number, key: string): boolean {
  return fitLetters(w.last(MAX_WORDS).filter((x) => x.start >= from), acronymLetters(key)) !== undefined;
}

/** The whole content of "ACR (Full Name)" spells the acronym by its initials. */
export function fitsReverse(text: string, from: number, to: number, key: string): boolean {
  const w = windowBefore(text, to);
  const words = w.last(MAX_WORDS).filter((x) => x.start >= from);
  if (words.length < 2 || words[0].start - from > 1) return false;
  return fitInitials(words, acronymLetters(key)) === 0 || endsWithName(w, dataNames(key))?.at === words[0].start;
}

let officialIndex: Map<string, { words: string[]; name: string; acronyms: string[] }[]> | undefined;
function officials() {
  if (!officialIndex) {
    officialIndex = new Map();
    const byName = new Map<string, { words: string[]; name: string; acronyms: string[] }>();
    for (const [acronym, name] of officialEntries()) {
      const words = nameWords(name);
      if (words.length < 2) continue;
      const k = words.join(' ');
      const e = byName.get(k) ?? { words, name, acronyms: [] };
      e.acronyms.push(acronym);
      byName.set(k, e);
    }
    for (const e of byName.values()) {
      const lastWord = e.words[e.words.length - 1];
      officialIndex.set(lastWord, [...(officialIndex.get(lastWord) ?? []), e]);
    }
  }
  return officialIndex;
}

/** The longest official name the window ends with, e.g. "United Nations Office of Counter-Terrorism". */
export function officialNameBefore(w: NameWindow): { span: Span; name: string; acronyms: string[] } | undefined {
  const last = w.fromEnd(1);
  const candidates = last && officials().get(last.t);
  if (!candidates) return undefined;
  let best: { entry: (typeof candidates)[number]; at: number; n: number } | undefined;
  for (const c of candidates) {
    const hit = endsWithName(w, [c.words]);
    if (hit && (!best || hit.length > best.n)) best = { entry: c, at: hit.at, n: hit.length };
  }
  return best && { span: { start: best.at, end: w.last(1)[0].end }, name: best.entry.name, acronyms: best.entry.acronyms };
}
