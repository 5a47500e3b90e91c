import { GA_RESOLUTIONS, GA_TITLES } from './generated/ga-resolutions';
import { isoFromDay } from './dates';

export interface GaResolution {
  /** "60/288", "74/92 A-B", "ES-10/24", "S-32/1" (without "A/RES/") */
  readonly symbol: string;
  readonly date: string;
  readonly title: string;
}

export interface GaSession {
  readonly session: number;
  /** The session opens in September of this year and runs to the opening of the next. */
  readonly opensYear: number;
}

interface Entry {
  readonly symbol: string;
  readonly day: number;
  readonly title: number;
}

/** Symbol to entry, and "74/92" to "74/92 A-B" for citations of one part; built on first use. */
let index: { exact: Map<string, Entry>; base: Map<string, Entry> } | undefined;

function entries(): NonNullable<typeof index> {
  if (index) return index;
  const exact = new Map<string, Entry>();
  const base = new Map<string, Entry>();
  let day = 0;
  for (const [prefix, rows] of GA_RESOLUTIONS) {
    for (const [rest, delta, title] of rows) {
      day += delta;
      const symbol = `${prefix}/${rest}`;
      const e = { symbol, day, title };
      exact.set(symbol, e);
      const b = baseSymbol(symbol);
      if (!base.has(b)) base.set(b, e);
    }
  }
  return (index = { exact, base });
}

const BASE = /^[^/]+\/\d+/;

/** "74/92 A-B" -> "74/92" */
function baseSymbol(symbol: string): string {
  const m = BASE.exec(symbol);
  return m ? m[0] : symbol;
}

/** General Assembly facts: regular session N opens in September of 1945 + N. */
export class GaData {
  session(n: number): GaSession | undefined {
    return Number.isInteger(n) && n >= 1 ? { session: n, opensYear: 1945 + n } : undefined;
  }

  /**
   * The latest regular session that has opened by `today` (ISO). Sessions open in
   * mid-September, so in September the next one counts as opened.
   */
  latestSession(today: string): number {
    const y = Number(today.slice(0, 4));
    const m = Number(today.slice(5, 7));
    return m >= 9 ? y - 1945 : y - 1946;
  }

  /** Whether an ISO date can fall in session N: September of 1945+N to September of 1946+N (session 1: 1946). */
  dateFitsSession(n: number, iso: string): boolean {
    const y = Number(iso.slice(0, 4));
    const m = Number(iso.slice(5, 7));
    if (n === 1) return y === 1946 || (y === 1947 && m <= 9);
    const open = 1945 + n;
    return (y === open && m >= 9) || (y === open + 1 && m <= 9);
  }

  /** Whether a year can be the adoption year of a resolution of session N. */
  yearFitsSession(n: number, year: number): boolean {
    return n === 1 ? year === 1946 || year === 1947 : year === 1945 + n || year === 1946 + n;
  }

  /** "September 2005 to September 2006" */
  period(n: number): string {
    return n === 1 ? '1946 (London and New York) to September 1947' : `September ${1945 + n} to September ${1946 + n}`;
  }

  /** A resolution of the bundled data (sessions 74 on): "74/92 A" finds "74/92 A-B". */
  resolution(symbol: string): GaResolution | undefined {
    const { exact, base } = entries();
    const e = exact.get(symbol) ?? base.get(baseSymbol(symbol));
    return e && { symbol: e.symbol, date: isoFromDay(e.day), title: GA_TITLES[e.title] };
  }
}
