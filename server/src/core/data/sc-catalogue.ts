import type { ExtraResolution } from '../settings';
import { SC_DAY, SC_MEETING, SC_SUBJECT, SC_SUBJECTS, SC_VOTE, SC_VOTES } from './generated/sc-catalogue';
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

/**
 * The Security Council's resolutions, 1 to the last bundled number, plus the user's
 * additions. Numbers are contiguous: a number missing from the data exists, details unknown.
 */
export class ScCatalogue {
  private readonly extra = new Map<number, ExtraResolution>();
  readonly lastBundled = SC_DAY.length;

  constructor(extra: readonly ExtraResolution[] = []) {
    for (const e of extra) if (Number.isInteger(e.number) && e.number > 0 && /^\d{4}-\d\d-\d\d$/.test(e.date)) this.extra.set(e.number, e);
  }

  /** The highest number known, bundled or added by the user. */
  get lastNumber(): number {
    let last = this.lastBundled;
    for (const n of this.extra.keys()) last = Math.max(last, n);
    return last;
  }

  get(n: number): ScResolution | undefined {
    if (!Number.isInteger(n) || n < 1) return undefined;
    const e = this.extra.get(n);
    if (e) return { number: n, date: e.date, year: yearOf(e.date), meeting: e.meeting, subject: e.subject, vote: e.vote, origin: 'user' };
    if (n > this.lastBundled) return undefined;
    const day = SC_DAY[n - 1];
    if (day < 0) return { number: n, year: this.inferYear(n), origin: 'inferred' };
    const date = isoFromDay(day);
    const m = SC_MEETING[n - 1];
    const s = SC_SUBJECT[n - 1];
    const v = SC_VOTE[n - 1];
    return {
      number: n,
      date,
      year: yearOf(date),
      meeting: m >= 0 ? m : undefined,
      subject: s >= 0 ? SC_SUBJECTS[s] : undefined,
      vote: v >= 0 ? SC_VOTES[v] : undefined,
      origin: 'catalogue',
    };
  }

  /** The year of a number, known or inferred; undefined beyond the data or where neighbours disagree. */
  yearOf(n: number): number | undefined {
    return this.get(n)?.year;
  }

  /** The last entry with a date (for "beyond the catalogue" messages). */
  lastEntry(): ScResolution {
    for (let n = this.lastNumber; n > 0; n--) {
      const r = this.get(n);
      if (r?.date) return r;
    }
    throw new Error('empty catalogue');
  }

  /** True when every resolution adopted in that year is in the data (the year is closed). */
  coversYear(year: number): boolean {
    const last = this.lastEntry();
    return year >= 1946 && year < (last.year ?? 0);
  }

  /** First and last number adopted in a year, from the data. */
  yearRange(year: number): { first: number; last: number } | undefined {
    let lo = 1;
    let hi = this.lastNumber;
    // Dates never decrease as numbers rise: binary-search the first number of the year.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const y = this.yearAtOrBefore(mid);
      if (y !== undefined && y < year) lo = mid + 1;
      else hi = mid;
    }
    if (this.yearAtOrBefore(lo) !== year && this.yearOf(lo) !== year) return undefined;
    let last = lo;
    while (last + 1 <= this.lastNumber && (this.yearOf(last + 1) ?? this.yearAtOrBefore(last + 1)) === year) last++;
    return { first: lo, last };
  }

  private yearAtOrBefore(n: number): number | undefined {
    for (let k = n; k > 0; k--) {
      const y = this.yearOf(k);
      if (y !== undefined) return y;
    }
    return undefined;
  }

  private inferYear(n: number): number | undefined {
    let before: number | undefined;
    let after: number | undefined;
    for (let k = n - 1; k > 0 && before === undefined; k--) if (SC_DAY[k - 1] >= 0) before = yearOf(isoFromDay(SC_DAY[k - 1]));
    for (let k = n + 1; k <= this.lastBundled && after === undefined; k++) if (SC_DAY[k - 1] >= 0) after = yearOf(isoFromDay(SC_DAY[k - 1]));
    return before !== undefined && before === after ? before : undefined;
  }

  /** Entries whose number starts with the digits typed, or whose subject contains every word. */
  search(digits: string, words: readonly string[] = [], limit = 50): ScResolution[] {
    const out: ScResolution[] = [];
    const lower = words.map((w) => w.toLowerCase()).filter(Boolean);
    for (let n = this.lastNumber; n > 0 && out.length < limit; n--) {
      if (digits && !String(n).startsWith(digits)) continue;
      const r = this.get(n);
      if (!r) continue;
      if (lower.length && !lower.every((w) => (r.subject ?? '').toLowerCase().includes(w))) continue;
      out.push(r);
    }
    return out;
  }
}
