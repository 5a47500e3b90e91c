import type { ScCatalogue, ScResolution } from '../data/sc-catalogue';
import type { Span } from '../text/span';
import type { ListItem, ScCitation } from './model';

/** What the catalogue says about a cited Security Council number. */
export type ScStatus =
  | { readonly kind: 'known'; readonly record: ScResolution }
  | { readonly kind: 'zero' }
  /** Beyond the catalogue while citing a year it covers in full. */
  | { readonly kind: 'unknown'; readonly year: number }
  /** Beyond the catalogue, in a year not before its last entry's (or no year written). */
  | { readonly kind: 'beyond' };

/** The year the text gives: in parentheses, else the year of "of <date>". */
export function writtenYear(c: ScCitation): number | undefined {
  return c.year ?? c.date?.year;
}

export function scStatus(c: ScCitation, sc: ScCatalogue): ScStatus {
  if (c.number === 0) return { kind: 'zero' };
  const record = sc.get(c.number);
  if (record) return { kind: 'known', record };
  const year = writtenYear(c);
  return year !== undefined && sc.coversYear(year) ? { kind: 'unknown', year } : { kind: 'beyond' };
}

/** "1373 (2001)" */
export function label(n: number, year?: number): string {
  return year === undefined ? String(n) : `${n} (${year})`;
}

/** A list item with its "of <date>". */
export function extent(item: ListItem): Span {
  return { start: item.span.start, end: item.date ? item.date.span.end : item.span.end };
}

/**
 * Whether a date written for a resolution agrees with the record: meetings that ran past
 * midnight give texts dated the next day (338 (1973): meeting of 21 October, text of 22 October).
 */
export function sameAdoptionDay(written: string, recorded: string): boolean {
  return Math.abs(Date.parse(written) - Date.parse(recorded)) <= 86400000;
}
