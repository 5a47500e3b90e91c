import { GA_RESOLUTIONS } from './generated/ga-resolutions';
import { isoFromDay } from './dates';

export interface GaResolution {
  /** "60/288", "ES-10/24", "S-8/1" */
  readonly symbol: string;
  readonly date: string;
  readonly title: string;
}

export interface GaSession {
  readonly session: number;
  /** The session opens in September of this year and runs to the opening of the next. */
  readonly opensYear: number;
}

/** General Assembly facts: regular session N opens in September of 1945 + N. */
export class GaData {
  private index?: Map<string, GaResolution>;

  session(n: number): GaSession | undefined {
    return Number.isInteger(n) && n >= 1 ? { session: n, opensYear: 1945 + n } : undefined;
  }

  /** Whether an ISO date can fall in session N: September of 1945+N to September of 1946+N (session 1: 1946). */
  dateFitsSession(n: number, iso: string): boolean {
    const y = Number(iso.slice(0, 4));
    const m = Number(iso.slice(5, 7));
    if (n === 1) return y === 1946 || (y === 1947 && m <= 9);
    const open = 1945 + n;
    return (y === open && m >= 9) || (y === open + 1 && m <= 9);
  }

  resolution(symbol: string): GaResolution | undefined {
    if (!this.index) {
      this.index = new Map(GA_RESOLUTIONS.map(([s, d, t]) => [s, { symbol: s, date: isoFromDay(d), title: t }]));
    }
    return this.index.get(symbol);
  }
}
