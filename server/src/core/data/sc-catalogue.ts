import type { ExtraResolution } from '../settings';
import { SC_DAY_DELTA, SC_MEETING_DELTA, SC_SUBJECT, SC_SUBJECTS, SC_VOTE, SC_VOTES } from './generated/sc-catalogue';
import { isoFromDay, yearOf } from './dates';

export interface ScResolution {
  readonly number: number;
  /** ISO adoption date; absent when the record is missing (a gap in the data). */
  readonly date?: string;
  /** Adoption year: from the date, or inferred from neighbours that share it. */
  readonly year?: number;
  readonly meeting?: number;
  readonly subject?: string;
  readonly vote?: string;
  /** Where the record comes from. */
  readonly origin: 'catalogue' | 'user' | 'inferred';
}

/** The bundled columns, decoded once per process: day (-1 = missing), meeting (-1 = none), year (0 = unknown). */
interface Columns {
  readonly day: Int32Array;
  readonly meeting: Int32Array;
  readonly year: Int16Array;
}

let decoded: Columns | undefined;

function columns(): Columns {
  if (decoded) return decoded;
  const n = SC_DAY_DELTA.length;
  const day = new Int32Array(n);
  const meeting = new Int32Array(n);
  const year = new Int16Array(n);
  let d = 0;
  let m = 0;
  // Dates never decrease as numbers rise, so the year advances with a single pointer.
  let y = 1946;
  let nextYearStart = dayOfYearStart(y + 1);
  for (let i = 0; i < n; i++) {
    const dd = SC_DAY_DELTA[i];
    if (dd === null) day[i] = -1;
    else {
      d += dd;
      day[i] = d;
      while (d >= nextYearStart) nextYearStart = dayOfYearStart(++y + 1);
      year[i] = y;
    }
    const dm = SC_MEETING_DELTA[i];
    if (dm === null) meeting[i] = -1;
    else meeting[i] = m += dm;
  }
  decoded = { day, meeting, year };
  return decoded;
}

function dayOfYearStart(y: number): number {
  return Math.round((Date.UTC(y, 0, 1) - Date.UTC(1946, 0, 1)) / 86400000);
}

/** How far a gap's year is looked for on each side (gaps in the data are single numbers). */
const INFER_REACH = 30;

let lowerSubjects: string[] | undefined;

/**
 * The Security Council's resolutions, 1 to the last bundled number, plus the user's
 * additions. Numbers are contiguous: a number missing from the data exists, details unknown.
 */
export class ScCatalogue {
  readonly lastBundled = SC_DAY_DELTA.length;
  /** The highest number known, bundled or added by the user. */
  readonly lastNumber: number;
  private readonly extra = new Map<number, ExtraResolution>();
  /** Records built so far: every rule and feature asks about the same few numbers. */
  private readonly records = new Map<number, ScResolution>();
  private last?: ScResolution;

  constructor(extra: readonly ExtraResolution[] = []) {
    let last = this.lastBundled;
    for (const e of extra) {
      if (!Number.isInteger(e.number) || e.number < 1 || !/^\d{4}-\d\d-\d\d$/.test(e.date)) continue;
      this.extra.set(e.number, e);
      last = Math.max(last, e.number);
    }
    this.lastNumber = last;
  }

  get(n: number): ScResolution | undefined {
    if (!Number.isInteger(n) || n < 1 || n > this.lastNumber) return undefined;
    let r = this.records.get(n);
    if (!r) this.records.set(n, (r = this.read(n)));
    return r;
  }

  private read(n: number): ScResolution {
    const e = this.extra.get(n);
    if (e) return { number: n, date: e.date, year: yearOf(e.date), meeting: e.meeting, subject: e.subject, vote: e.vote, origin: 'user' };
    const c = columns();
    if (n > this.lastBundled || c.day[n - 1] < 0) return { number: n, year: this.yearOf(n), origin: 'inferred' };
    const m = c.meeting[n - 1];
    const s = SC_SUBJECT[n - 1];
    const v = SC_VOTE[n - 1];
    return {
      number: n,
      date: isoFromDay(c.day[n - 1]),
      year: c.year[n - 1],
      meeting: m >= 0 ? m : undefined,
      subject: s >= 0 ? SC_SUBJECTS[s] : undefined,
      vote: v >= 0 ? SC_VOTES[v] : undefined,
      origin: 'catalogue',
    };
  }

  /** Whether the number exists: 1 to the last known number (gaps included). */
  has(n: number): boolean {
    return Number.isInteger(n) && n >= 1 && n <= this.lastNumber;
  }

  /** The year of a number, known or inferred; undefined beyond the data or where neighbours disagree. No allocation. */
  yearOf(n: number): number | undefined {
    if (!this.has(n)) return undefined;
    const known = this.knownYear(n);
    if (known) return known;
    let before = 0;
    let after = 0;
    for (let k = n - 1; k >= 1 && k >= n - INFER_REACH && !before; k--) before = this.knownYear(k);
    for (let k = n + 1; k <= this.lastNumber && k <= n + INFER_REACH && !after; k++) after = this.knownYear(k);
    return before && before === after ? before : undefined;
  }

  /** The year recorded for n (bundled or user), 0 when unknown. */
  private knownYear(n: number): number {
    const e = this.extra.get(n);
    if (e) return yearOf(e.date);
    return n <= this.lastBundled ? columns().year[n - 1] : 0;
  }

  /** The last entry with a date (for "beyond the catalogue" messages). */
  lastEntry(): ScResolution {
    if (this.last) return this.last;
    for (let n = this.lastNumber; n > 0; n--) {
      const r = this.get(n);
      if (r?.date) return (this.last = r);
    }
    throw new Error('empty catalogue');
  }

  /** True when every resolution adopted in that year is in the data (the year is closed). */
  coversYear(year: number): boolean {
    return year >= 1946 && year < (this.lastEntry().year ?? 0);
  }

  /** First and last number adopted in a year (gaps take their neighbours' year). */
  yearRange(year: number): { first: number; last: number } | undefined {
    const first = this.firstFrom(year);
    const next = this.firstFrom(year + 1);
    return first < next && this.keyYear(first) === year ? { first, last: next - 1 } : undefined;
  }

  /** The first number whose year is at least `year` (lastNumber + 1 if none): dates never decrease. */
  private firstFrom(year: number): number {
    let lo = 1;
    let hi = this.lastNumber + 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keyYear(mid) < year) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A year for every number, non-decreasing: a gap reads as the year before it. */
  private keyYear(n: number): number {
    for (let k = n; k >= 1 && k >= n - INFER_REACH; k--) {
      const y = this.knownYear(k);
      if (y) return y;
    }
    return 0;
  }

  /**
   * Numbers adopted in `year` that the drafter may have meant instead of n: one digit
   * changed, added, dropped or two swapped, or a number next to it. Nearest first.
   */
  suggestions(n: number, year: number, limit = 3): number[] {
    const range = this.yearRange(year);
    if (!range) return [];
    const found = new Set<number>();
    const consider = (c: number) => {
      if (c !== n && c >= range.first && c <= range.last) found.add(c);
    };
    for (let d = -2; d <= 2; d++) consider(n + d);
    const s = String(n);
    for (let i = 0; i < s.length; i++) {
      for (let digit = 0; digit <= 9; digit++) consider(Number(s.slice(0, i) + digit + s.slice(i + 1)));
      if (s.length > 1) consider(Number(s.slice(0, i) + s.slice(i + 1)));
      if (i + 1 < s.length) consider(Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)));
    }
    for (let i = 0; i <= s.length && s.length < 4; i++) for (let digit = 0; digit <= 9; digit++) consider(Number(s.slice(0, i) + digit + s.slice(i)));
    return [...found].sort((a, b) => Math.abs(a - n) - Math.abs(b - n) || a - b).slice(0, limit);
  }

  /**
   * Entries whose number starts with the digits typed (all numbers when none) and whose
   * subject contains every word; the most recent first.
   */
  search(digits: string, words: readonly string[] = [], limit = 50): ScResolution[] {
    const lower = words.map((w) => w.toLowerCase()).filter(Boolean);
    const subjectOk = lower.length ? this.subjectFilter(lower) : undefined;
    const out: ScResolution[] = [];
    const take = (n: number) => {
      if (out.length >= limit || !this.has(n)) return;
      if (subjectOk && !subjectOk(n)) return;
      const r = this.get(n);
      if (r) out.push(r);
    };
    if (!/^(?:[1-9]\d{0,3})?$/.test(digits)) return out;
    if (!digits) {
      for (let n = this.lastNumber; n > 0 && out.length < limit; n--) take(n);
      return out;
    }
    // Numbers starting with the digits form one range per length: 137, 1370-1379, 13700-...
    const base = Number(digits);
    const ranges: [number, number][] = [];
    for (let scale = 1; base * scale <= this.lastNumber; scale *= 10) ranges.push([base * scale, base * scale + scale - 1]);
    for (let i = ranges.length - 1; i >= 0 && out.length < limit; i--) {
      const [lo, hi] = ranges[i];
      for (let n = Math.min(hi, this.lastNumber); n >= lo && out.length < limit; n--) take(n);
    }
    return out;
  }

  /** A test on numbers: the subject (bundled or user) contains every word. */
  private subjectFilter(words: readonly string[]): (n: number) => boolean {
    lowerSubjects ??= SC_SUBJECTS.map((s) => s.toLowerCase());
    const ok = new Uint8Array(SC_SUBJECTS.length);
    lowerSubjects.forEach((s, i) => (ok[i] = words.every((w) => s.includes(w)) ? 1 : 0));
    return (n) => {
      const e = this.extra.get(n);
      if (e) return words.every((w) => (e.subject ?? '').toLowerCase().includes(w));
      const s = n <= this.lastBundled ? SC_SUBJECT[n - 1] : -1;
      return s >= 0 && ok[s] === 1;
    };
  }
}
