import type { Citation } from '../../citations';
import type { DataSet } from '../../data/dataset';

const UNDOCS = 'https://undocs.org/';
/** "3314 (XXIX)", "217 A (III)" */
const OLD_FORM = /^(\d+)(?: [A-Z](?: (?:and|to) [A-Z]|-[A-Z])?)? \(((?:ES-|S-)?[IVXL]+)\)$/;
/** "60/288", "ES-10/24" (without the letters of parts) */
const SLASH_FORM = /^([^/]+\/\d+)/;

/** undocs.org address of a Security Council resolution. */
export function scTarget(n: number, year: number): string {
  return `${UNDOCS}S/RES/${n}(${year})`;
}

/** "S/RES/1373 (2001)" */
export function scSymbol(n: number, year?: number): string {
  return year === undefined ? `S/RES/${n}` : `S/RES/${n} (${year})`;
}

/** A/RES/60/288; A/RES/3314(XXIX) for the older form; lettered parts link to the resolution itself. */
export function gaTarget(symbol: string): string {
  const old = OLD_FORM.exec(symbol);
  if (old) return `${UNDOCS}A/RES/${old[1]}(${old[2]})`;
  const slash = SLASH_FORM.exec(symbol);
  return `${UNDOCS}A/RES/${slash ? slash[1] : symbol}`;
}

/** The adoption year of an SC citation: the catalogue's, else the one written. */
export function scYear(c: Extract<Citation, { kind: 'sc' }>, data: DataSet): number | undefined {
  return data.sc.yearOf(c.number) ?? c.year ?? c.sharedYear ?? c.date?.year;
}

/** Where a citation leads, if it can be told. */
export function targetOf(c: Citation, data: DataSet): string | undefined {
  if (c.kind === 'sc') {
    const year = scYear(c, data);
    return year === undefined || c.number < 1 ? undefined : scTarget(c.number, year);
  }
  if (c.kind === 'ga') return gaTarget(c.symbol);
  return `${UNDOCS}${c.symbol}`;
}
