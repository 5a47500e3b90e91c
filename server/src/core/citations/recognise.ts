import type { Paragraph } from '../syntax/model';
import type { Span } from '../text/span';
import { dateAt, type DateMatch } from './dates';
import type { CitationList, CitedDate, DocumentCitation, GaCitation, ListItem, ScCitation, ScForm, Separator, SeparatorKind } from './model';
import {
  COMMITTEE,
  GA_NEW,
  GA_OLD,
  LIST_ITEM_END,
  NOT_A_CITATION_BEFORE,
  NOT_A_NUMBER_AFTER,
  NOUN,
  NUMBER_BEFORE_YEAR,
  OF,
  ORGAN_BEFORE,
  SC_ITEM,
  SEPARATOR,
  SPACES,
  SYMBOLS,
  YEAR_IN_PARENS,
} from './patterns';
import { fromRoman } from './roman';
import { gapSpan } from './source';
import { keepShape } from '../shapes';

const SENTENCE_START = /(?:^|[.;:])\s*$/;
const HAS_DIGIT = /\d/;

/** Which organ's resolutions a noun introduces, from the words before it. */
export type NounOrgan = 'sc' | 'ga' | 'council' | 'other' | 'any';

/**
 * "Security Council resolution" (sc), "General Assembly resolution" (ga), "the Council's
 * resolution" (council: ours in a Council text), "Human Rights Council resolution" (other).
 */
export function organBefore(t: string, nounStart: number, bodyStart = 0): NounOrgan {
  const from = Math.max(0, nounStart - 60);
  const m = ORGAN_BEFORE.exec(t.slice(from, nounStart));
  if (!m) return 'any';
  if (m[1]) return 'sc';
  if (m[2]) return 'ga';
  if (m[4]) {
    // "Recalling Council resolution ...": a capitalised opener is not part of a name.
    const at = from + m.index;
    const named = m[3] !== undefined && !(at <= bodyStart || SENTENCE_START.test(t.slice(Math.max(0, at - 3), at)));
    if (m[4] === 'Assembly') return named ? 'other' : 'ga';
    return named ? 'other' : 'council';
  }
  return 'other';
}

/** What one paragraph cites. */
export interface ParagraphCitations {
  readonly sc: ScCitation[];
  readonly ga: GaCitation[];
  readonly documents: DocumentCitation[];
  readonly lists: CitationList[];
  readonly dates: CitedDate[];
}

/** Citations are built here, then handed out read-only. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** An item while a list is read, in clean offsets. */
interface RawItem {
  readonly start: number;
  /** End of the citation itself (before "of <date>"). */
  readonly coreEnd: number;
  /** End including the date. */
  readonly end: number;
  readonly date?: DateMatch;
  readonly sc?: { number: number; numberEnd: number; year?: number; yearStart?: number; gap?: { start: number; end: number } };
  readonly ga?: {
    symbol: string;
    /** "60/288" rather than "3314 (XXIX)" */
    slash?: boolean;
    number: number;
    session?: number;
    sessionStart?: number;
    sessionEnd?: number;
    special?: { kind: 'special' | 'emergency'; session: number };
    year?: number;
    yearStart?: number;
  };
}

/** "31/1" is the first General Assembly symbol of this form; "16/18" without "General Assembly" is another body's. */
const FIRST_SLASH_SESSION = 31;
const YEAR_MIN_BARE = 1946;
const YEAR_MAX_BARE = 2099;

/** Reads one paragraph. `taken` are clean spans already read (the heading), in order. */
export function recogniseParagraph(p: Paragraph, source: string, taken: Span[] = []): ParagraphCitations {
  const out: ParagraphCitations = { sc: [], ga: [], documents: [], lists: [], dates: [] };
  const t = p.clean.text;
  if (!HAS_DIGIT.test(t)) return out;
  new Reader(p, source, t, out, taken).read();
  return out;
}

class Reader {
  /** Clean spans already read, sorted by start. */
  private readonly covered: Span[];

  constructor(
    private readonly p: Paragraph,
    private readonly source: string,
    private readonly t: string,
    private readonly out: ParagraphCitations,
    taken: Span[],
  ) {
    this.covered = [...taken];
  }

  read(): void {
    this.symbols();
    this.committees();
    this.nounLists();
    this.bare();
    const byStart = (a: { span: Span }, b: { span: Span }) => a.span.start - b.span.start;
    this.out.sc.sort(byStart);
    this.out.ga.sort(byStart);
    this.out.documents.sort(byStart);
    this.out.lists.sort(byStart);
    this.out.dates.sort(byStart);
  }

  // --- spans ---

  private src(start: number, end: number): Span {
    return this.p.clean.toSource({ start, end });
  }

  private isCovered(start: number, end: number): boolean {
    const c = this.covered;
    let lo = 0;
    let hi = c.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < c.length && c[lo].start < end;
  }

  private cover(start: number, end: number): void {
    const c = this.covered;
    let i = c.length;
    while (i > 0 && c[i - 1].start > start) i--;
    c.splice(i, 0, { start, end });
  }

  private citedDate(d: DateMatch): CitedDate {
    const date: CitedDate = {
      span: this.src(d.start, d.end),
      text: this.t.slice(d.start, d.end),
      day: d.day,
      month: d.month,
      year: d.year,
      yearSpan: this.src(d.yearStart, d.end),
      iso: d.iso,
      wellFormed: d.wellFormed,
    };
    this.out.dates.push(date);
    return date;
  }

  // --- document symbols and committee names ---

  private symbols(): void {
    const t = this.t;
    if (!t.includes('/')) return;
    SYMBOLS.lastIndex = 0;
    for (let m = SYMBOLS.exec(t); m; m = SYMBOLS.exec(t)) {
      const start = m.index;
      const end = start + m[0].length;
      if (this.isCovered(start, end)) continue;
      this.cover(start, end);
      if (m[1] !== undefined) {
        const numberStart = start + 6;
        const numberEnd = numberStart + m[1].length;
        const year = m[2] === undefined ? undefined : Number(m[2]);
        this.addSc('symbol', Number(m[1]), numberStart, numberEnd, end, year, year === undefined ? undefined : end - 5);
      } else if (m[3] !== undefined) {
        this.addDocument('presidential-statement', m[0], Number(m[3]), start, end);
      } else if (m[5] !== undefined) {
        this.addDocument('record', m[0], undefined, start, end);
      } else if (m[6] !== undefined) {
        this.addDocument('document', m[0], Number(m[6]), start, end);
      } else if (m[9] !== undefined) {
        this.addDocument('document', m[0], undefined, start, end);
      } else {
        const special = m[11] ? { kind: m[11] === 'ES' ? ('emergency' as const) : ('special' as const), session: Number(m[12]) } : undefined;
        const session = m[13] === undefined ? undefined : Number(m[13]);
        const symbol = `${special ? `${m[11]}-${m[12]}` : m[13]}/${m[14]}${m[15] ?? ''}`;
        const sessionStart = start + 6;
        this.out.ga.push({
          kind: 'ga',
          form: 'symbol',
          symbol,
          session,
          sessionSpan: session === undefined ? undefined : this.src(sessionStart, sessionStart + m[13].length),
          special,
          number: Number(m[14]),
          span: this.src(start, end),
          paragraph: this.p,
        });
      }
    }
  }

  private addDocument(type: DocumentCitation['type'], symbol: string, year: number | undefined, start: number, end: number): void {
    this.out.documents.push({ kind: 'document', type, symbol, year, span: this.src(start, end), paragraph: this.p });
  }

  private addSc(form: ScForm, number: number, numberStart: number, numberEnd: number, end: number, year?: number, yearStart?: number): ScCitation {
    const c: ScCitation = {
      kind: 'sc',
      form,
      number,
      numberSpan: this.src(numberStart, numberEnd),
      year,
      yearSpan: yearStart === undefined ? undefined : this.src(yearStart, yearStart + 4),
      span: this.src(numberStart, end),
      paragraph: this.p,
    };
    this.out.sc.push(c);
    return c;
  }

  private committees(): void {
    const t = this.t;
    if (!t.includes('Committee')) return;
    COMMITTEE.lastIndex = 0;
    for (let m = COMMITTEE.exec(t); m; m = COMMITTEE.exec(t)) {
      const start = m.index + m[0].length - m[1].length;
      if (this.isCovered(start, start + m[0].length)) continue;
      this.cover(start, start + m[0].length);
      let at = start;
      for (const part of m[1].split('/')) {
        this.addSc('committee', Number(part), at, at + part.length, at + part.length);
        at += part.length + 1;
      }
    }
  }

  // --- lists after "resolution(s)" ---

  private nounLists(): void {
    const t = this.t;
    NOUN.lastIndex = 0;
    for (let m = NOUN.exec(t); m; m = NOUN.exec(t)) {
      const nounEnd = m.index + m[0].length;
      SPACES.lastIndex = nounEnd;
      if (!SPACES.exec(t)) continue;
      const at = SPACES.lastIndex;
      const c = t.charCodeAt(at);
      if (!(c >= 48 && c <= 57) && !t.startsWith('A/RES/', at) && !t.startsWith('S/RES/', at)) continue;
      const organ: NounOrgan = m[1].startsWith('UNSCR') ? 'sc' : organBefore(t, m.index, this.p.bodyStart);
      const noun = { span: this.src(m.index, nounEnd), text: m[0], plural: m[0].endsWith('s') };
      const end = this.list(at, organ, noun, m.index);
      if (end > at) NOUN.lastIndex = Math.max(NOUN.lastIndex, end);
    }
  }

  /** Reads a list from `at`; returns where it ends (at when nothing was read). */
  private list(at: number, organ: NounOrgan, noun?: CitationList['noun'], nounStart = at): number {
    const raw: RawItem[] = [];
    const seps: { kind: SeparatorKind; start: number; end: number }[] = [];
    const first = this.item(at, true, noun === undefined);
    if (!first || this.isCovered(first.start, first.end)) return at;
    raw.push(first);
    let pos = first.end;
    for (;;) {
      SEPARATOR.lastIndex = pos;
      const s = SEPARATOR.exec(this.t);
      if (!s) break;
      const kind: SeparatorKind = s[1] !== undefined ? (s[2] ? (s[2] === 'and' ? 'comma-and' : 'comma-or') : 'comma') : s[3] ? (s[3] as 'and' | 'or') : 'none';
      const next = this.item(SEPARATOR.lastIndex, false, noun === undefined);
      if (!next || this.isCovered(next.start, next.end)) break;
      const prev = raw[raw.length - 1];
      if (kind === 'none' && !(prev.sc?.year !== undefined && next.sc?.year !== undefined && !prev.date)) break;
      seps.push({ kind, start: pos, end: SEPARATOR.lastIndex });
      raw.push(next);
      pos = next.end;
    }
    this.cover(at, pos);
    this.emit(raw, seps, organ, noun, nounStart);
    return pos;
  }

  /** One item at `at`: a General Assembly form, else a Security Council number. */
  private item(at: number, first: boolean, needYear: boolean): RawItem | undefined {
    const t = this.t;
    if (!needYear) {
      GA_OLD.lastIndex = at;
      let m = GA_OLD.exec(t);
      if (m) {
        const session = fromRoman(m[4]);
        if (session !== undefined) {
          const special = m[3] ? { kind: m[3] === 'ES-' ? ('emergency' as const) : ('special' as const), session } : undefined;
          return this.withDate(at, GA_OLD.lastIndex, {
            ga: {
              symbol: `${m[1]}${m[2]} (${m[3]}${m[4]})`,
              number: Number(m[1]),
              session: special ? undefined : session,
              sessionStart: special ? undefined : GA_OLD.lastIndex - 1 - m[4].length,
              sessionEnd: special ? undefined : GA_OLD.lastIndex - 1,
              special,
            },
          });
        }
      }
      GA_NEW.lastIndex = at;
      m = GA_NEW.exec(t);
      if (m) {
        const special = m[1] ? { kind: m[1] === 'ES' ? ('emergency' as const) : ('special' as const), session: Number(m[2]) } : undefined;
        const prefixStart = at + (m[0].startsWith('A/RES/') ? 6 : 0);
        const session = m[3] === undefined ? undefined : Number(m[3]);
        const year = m[6] === undefined ? undefined : Number(m[6]);
        return this.withDate(at, GA_NEW.lastIndex, {
          ga: {
            symbol: `${special ? `${m[1]}-${m[2]}` : m[3]}/${m[4]}${m[5]}`,
            slash: true,
            number: Number(m[4]),
            session,
            sessionStart: session === undefined ? undefined : prefixStart,
            sessionEnd: session === undefined ? undefined : prefixStart + m[3].length,
            special,
            year,
            yearStart: year === undefined ? undefined : GA_NEW.lastIndex - 5,
          },
        });
      }
    }
    SC_ITEM.lastIndex = at;
    const m = SC_ITEM.exec(t);
    if (!m) return undefined;
    const numberStart = at + (m[0].startsWith('S/RES/') ? 6 : 0);
    const numberEnd = numberStart + m[1].length;
    if (m[3] === undefined) {
      if (needYear) return undefined;
      if (first) {
        NOT_A_NUMBER_AFTER.lastIndex = numberEnd;
        if (NOT_A_NUMBER_AFTER.test(t)) return undefined;
      } else {
        LIST_ITEM_END.lastIndex = numberEnd;
        if (!LIST_ITEM_END.test(t)) return undefined;
      }
      return this.withDate(at, numberEnd, { sc: { number: Number(m[1]), numberEnd } });
    }
    const year = Number(m[3]);
    const end = SC_ITEM.lastIndex;
    const gapText = m[2];
    return this.withDate(at, end, {
      sc: {
        number: Number(m[1]),
        numberEnd,
        year,
        yearStart: end - 5,
        gap: gapText === ' ' ? undefined : { start: numberEnd, end: numberEnd + gapText.length },
      },
    });
  }

  /** Adds "of <date>" when it follows. */
  private withDate(start: number, coreEnd: number, parts: Pick<RawItem, 'sc' | 'ga'>): RawItem {
    OF.lastIndex = coreEnd;
    if (OF.exec(this.t)) {
      const date = dateAt(this.t, OF.lastIndex);
      if (date) return { start, coreEnd, end: date.end, date, ...parts };
    }
    return { start, coreEnd, end: coreEnd, ...parts };
  }

  /** Turns the items read into citations, for the organ the noun names. */
  private emit(raw: RawItem[], seps: { kind: SeparatorKind; start: number; end: number }[], organ: NounOrgan, noun: CitationList['noun'], start: number): void {
    if (organ === 'other') return;
    const items: ListItem[] = [];
    for (const r of raw) {
      if (r.sc && organ !== 'ga') items.push(this.scItem(r, noun ? 'list' : 'bare'));
      else if (r.ga && (organ === 'ga' || (organ === 'any' && !(r.ga.slash && r.ga.session! < FIRST_SLASH_SESSION)))) items.push(this.gaItem(r));
    }
    // Items of another organ ("Council resolution 5/1" in a General Assembly text) are dropped: the list is kept only whole.
    if (items.length !== raw.length) return;
    const list: CitationList = {
      noun,
      items,
      separators: seps.map((s): Separator => ({ kind: s.kind, span: this.src(s.start, s.end) })),
      span: this.src(start, raw[raw.length - 1].end),
      paragraph: this.p,
    };
    // "425 and 426 (1978)": numbers without a year take the year written after them.
    let shared: number | undefined;
    for (let i = items.length - 1; i >= 0; i--) {
      const it = items[i] as Mutable<ScCitation> | Mutable<GaCitation>;
      it.list = list;
      if (it.kind !== 'sc') {
        shared = undefined;
        continue;
      }
      if (it.year !== undefined) shared = it.date ? undefined : it.year;
      else if (shared !== undefined && !it.date) it.sharedYear = shared;
      else shared = undefined;
    }
    this.out.lists.push(list);
  }

  private scItem(r: RawItem, form: ScForm): ScCitation {
    const s = r.sc!;
    const numberStart = r.start + (this.t.startsWith('S/RES/', r.start) ? 6 : 0);
    const c: Mutable<ScCitation> = this.addSc(form, s.number, numberStart, s.numberEnd, r.coreEnd, s.year, s.yearStart);
    if (s.gap) c.gap = { span: gapSpan(this.p, this.source, s.gap.start, s.gap.end), text: this.t.slice(s.gap.start, s.gap.end) };
    if (r.date) c.date = this.citedDate(r.date);
    return c;
  }

  private gaItem(r: RawItem): GaCitation {
    const g = r.ga!;
    const c: GaCitation = {
      kind: 'ga',
      form: 'list',
      symbol: g.symbol,
      session: g.session,
      sessionSpan: g.sessionStart === undefined ? undefined : this.src(g.sessionStart, g.sessionEnd!),
      special: g.special,
      number: g.number,
      span: this.src(r.start, r.coreEnd),
      year: g.year,
      yearSpan: g.yearStart === undefined ? undefined : this.src(g.yearStart, g.yearStart + 4),
      date: r.date && this.citedDate(r.date),
      paragraph: this.p,
    };
    this.out.ga.push(c);
    return c;
  }

  // --- citations without the noun ---

  private bare(): void {
    const t = this.t;
    YEAR_IN_PARENS.lastIndex = 0;
    for (let y = YEAR_IN_PARENS.exec(t); y; y = YEAR_IN_PARENS.exec(t)) {
      const year = Number(y[1]);
      if (year < YEAR_MIN_BARE || year > YEAR_MAX_BARE) continue;
      const n = NUMBER_BEFORE_YEAR.exec(t.slice(Math.max(0, y.index - 8), y.index));
      if (!n) continue;
      const start = y.index - n[0].length;
      if (this.isCovered(start, y.index + y[0].length)) continue;
      if (NOT_A_CITATION_BEFORE.test(t.slice(Math.max(0, start - 40), start))) continue;
      const end = this.list(start, 'any');
      if (end > start) YEAR_IN_PARENS.lastIndex = Math.max(YEAR_IN_PARENS.lastIndex, end);
    }
  }
}

// Its fields' values do not matter, only that its fields are the same.
keepShape(new Reader({} as Paragraph, '', '', { sc: [], ga: [], documents: [], lists: [], dates: [] }, []));
