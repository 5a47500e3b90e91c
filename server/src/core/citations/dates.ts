import { daysInMonth, isoDate, MONTHS } from '../data/dates';

/** A date found in clean text (clean offsets). */
export interface DateMatch {
  readonly start: number;
  readonly end: number;
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly yearStart: number;
  readonly iso?: string;
  readonly wellFormed: boolean;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
// Lenient on purpose, so that "2nd Aug. 2017" and "August 2, 2017" are recognised and can be corrected.
const DAY_FIRST = new RegExp(`(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})(?!\\d)`, 'iy');
const MONTH_FIRST = new RegExp(`${MONTH}\\s+(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iy');
const ANY = new RegExp(`(?<![\\w/])(?:(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?)\\s+\\d{4}(?!\\d)`, 'gi');

function monthNumber(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

/** The date that starts exactly at `at`, if any. */
export function dateAt(text: string, at: number): DateMatch | undefined {
  DAY_FIRST.lastIndex = at;
  let m = DAY_FIRST.exec(text);
  let day: string;
  let month: string;
  let year: string;
  if (m) [, day, month, year] = m;
  else {
    MONTH_FIRST.lastIndex = at;
    m = MONTH_FIRST.exec(text);
    if (!m) return undefined;
    [, month, day, year] = m;
  }
  const d = Number(day);
  const mo = monthNumber(month);
  const y = Number(year);
  const end = at + m[0].length;
  const exists = mo >= 1 && d <= daysInMonth(y, mo);
  return {
    start: at,
    end,
    day: d,
    month: mo,
    year: y,
    yearStart: end - 4,
    iso: exists ? isoDate(y, mo, d) : undefined,
    wellFormed: m[0] === `${d} ${MONTHS[mo - 1]} ${y}`,
  };
}

/** Every date in a (short) text, such as a masthead line. */
export function datesIn(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  ANY.lastIndex = 0;
  for (let m = ANY.exec(text); m; m = ANY.exec(text)) {
    const d = dateAt(text, m.index);
    if (d) out.push(d);
  }
  return out;
}
