// A paragraph's citations are recognised once per text and kept, without the paragraph, where the
// text stood then (citations/index.ts). Each document version sees them through views bound to the
// paragraph: a view reads its citation's fields and moves a span by the distance the text has
// moved only when the span is read, so that an edit early in a long draft does not copy every
// citation after it on each keystroke (which was a fifth of a keystroke on a 1 MB draft).
// Each view class writes out its own fields and lazily moved spans: one base class holding the
// shared part (the result, the distance, the moved span) made a 1 MB keystroke 4-13% slower in
// in-process A/Bs, its shared getters meeting every view's shape.
import type { Paragraph } from '../syntax/model';
import { shiftSpan, type Span } from '../text/span';
import { presentFields } from '../view-fields';
import type { CitationList, CitedDate, DocumentCitation, GaCitation, ListItem, ScCitation, Separator } from './model';
import type { ParagraphCitations } from './recognise';

class DateView implements CitedDate {
  #span?: Span;
  #yearSpan?: Span;
  readonly #base: CitedDate;
  readonly #delta: number;
  constructor(base: CitedDate, delta: number) {
    this.#base = base;
    this.#delta = delta;
  }
  get span(): Span {
    return (this.#span ??= shiftSpan(this.#base.span, this.#delta));
  }
  get yearSpan(): Span {
    return (this.#yearSpan ??= shiftSpan(this.#base.yearSpan, this.#delta));
  }
  get text() {
    return this.#base.text;
  }
  get day() {
    return this.#base.day;
  }
  get month() {
    return this.#base.month;
  }
  get year() {
    return this.#base.year;
  }
  get iso() {
    return this.#base.iso;
  }
  get wellFormed() {
    return this.#base.wellFormed;
  }
  toJSON(): CitedDate {
    return presentFields({ span: this.span, text: this.text, day: this.day, month: this.month, year: this.year, yearSpan: this.yearSpan, iso: this.iso, wellFormed: this.wellFormed });
  }
}

class ScView implements ScCitation {
  #span?: Span;
  #numberSpan?: Span;
  #yearSpan?: Span;
  #gap?: ScCitation['gap'];
  list?: CitationList = undefined;
  readonly #base: ScCitation;
  readonly #delta: number;
  constructor(
    base: ScCitation,
    delta: number,
    readonly paragraph: Paragraph,
    readonly date: CitedDate | undefined,
  ) {
    this.#base = base;
    this.#delta = delta;
  }
  get kind() {
    return 'sc' as const;
  }
  get form() {
    return this.#base.form;
  }
  get number() {
    return this.#base.number;
  }
  get year() {
    return this.#base.year;
  }
  get sharedYear() {
    return this.#base.sharedYear;
  }
  get span(): Span {
    return (this.#span ??= shiftSpan(this.#base.span, this.#delta));
  }
  get numberSpan(): Span {
    return (this.#numberSpan ??= shiftSpan(this.#base.numberSpan, this.#delta));
  }
  get yearSpan(): Span | undefined {
    const s = this.#base.yearSpan;
    return s && (this.#yearSpan ??= shiftSpan(s, this.#delta));
  }
  get gap(): ScCitation['gap'] {
    const g = this.#base.gap;
    return g && (this.#gap ??= { span: shiftSpan(g.span, this.#delta), text: g.text });
  }
  toJSON(): ScCitation {
    const { kind, form, number, numberSpan, year, yearSpan, sharedYear, span, gap, date, paragraph, list } = this;
    return presentFields({ kind, form, number, numberSpan, year, yearSpan, sharedYear, span, gap, date, paragraph, list });
  }
}

class GaView implements GaCitation {
  #span?: Span;
  #sessionSpan?: Span;
  #yearSpan?: Span;
  list?: CitationList = undefined;
  readonly #base: GaCitation;
  readonly #delta: number;
  constructor(
    base: GaCitation,
    delta: number,
    readonly paragraph: Paragraph,
    readonly date: CitedDate | undefined,
  ) {
    this.#base = base;
    this.#delta = delta;
  }
  get kind() {
    return 'ga' as const;
  }
  get form() {
    return this.#base.form;
  }
  get symbol() {
    return this.#base.symbol;
  }
  get session() {
    return this.#base.session;
  }
  get special() {
    return this.#base.special;
  }
  get number() {
    return this.#base.number;
  }
  get year() {
    return this.#base.year;
  }
  get span(): Span {
    return (this.#span ??= shiftSpan(this.#base.span, this.#delta));
  }
  get sessionSpan(): Span | undefined {
    const s = this.#base.sessionSpan;
    return s && (this.#sessionSpan ??= shiftSpan(s, this.#delta));
  }
  get yearSpan(): Span | undefined {
    const s = this.#base.yearSpan;
    return s && (this.#yearSpan ??= shiftSpan(s, this.#delta));
  }
  toJSON(): GaCitation {
    const { kind, form, symbol, session, sessionSpan, special, number, span, year, yearSpan, date, paragraph, list } = this;
    return presentFields({ kind, form, symbol, session, sessionSpan, special, number, span, year, yearSpan, date, paragraph, list });
  }
}

class DocumentView implements DocumentCitation {
  #span?: Span;
  readonly #base: DocumentCitation;
  readonly #delta: number;
  constructor(
    base: DocumentCitation,
    delta: number,
    readonly paragraph: Paragraph,
  ) {
    this.#base = base;
    this.#delta = delta;
  }
  get kind() {
    return 'document' as const;
  }
  get type() {
    return this.#base.type;
  }
  get symbol() {
    return this.#base.symbol;
  }
  get year() {
    return this.#base.year;
  }
  get span(): Span {
    return (this.#span ??= shiftSpan(this.#base.span, this.#delta));
  }
  toJSON(): DocumentCitation {
    const { kind, type, symbol, year, span, paragraph } = this;
    return presentFields({ kind, type, symbol, year, span, paragraph });
  }
}

class ListView implements CitationList {
  #span?: Span;
  #noun?: CitationList['noun'];
  #separators?: Separator[];
  readonly #base: CitationList;
  readonly #delta: number;
  constructor(
    base: CitationList,
    delta: number,
    readonly paragraph: Paragraph,
    readonly items: ListItem[],
  ) {
    this.#base = base;
    this.#delta = delta;
  }
  get span(): Span {
    return (this.#span ??= shiftSpan(this.#base.span, this.#delta));
  }
  get noun(): CitationList['noun'] {
    const n = this.#base.noun;
    return n && (this.#noun ??= { span: shiftSpan(n.span, this.#delta), text: n.text, plural: n.plural });
  }
  get separators(): Separator[] {
    return (this.#separators ??= this.#base.separators.map((s) => ({ kind: s.kind, span: shiftSpan(s.span, this.#delta) })));
  }
  toJSON(): CitationList {
    const { noun, items, separators, span, paragraph } = this;
    return presentFields({ noun, items, separators, span, paragraph });
  }
}

/**
 * A paragraph's citations, recognised where its text stood `delta` characters before, seen where
 * it stands now and bound to the paragraph `to`. Dates and list items shared between fields stay
 * shared in the views.
 */
export function viewCitations(r: ParagraphCitations, delta: number, to: Paragraph): ParagraphCitations {
  // A paragraph holds a handful of dates and citations: views are found by position in small arrays.
  const seen: CitedDate[] = [];
  const views: DateView[] = [];
  const dateOf = (d: CitedDate) => {
    const at = seen.indexOf(d);
    if (at >= 0) return views[at];
    seen.push(d);
    return views[views.push(new DateView(d, delta)) - 1];
  };
  const dates = r.dates.map(dateOf);
  const sc = r.sc.map((c) => new ScView(c, delta, to, c.date && dateOf(c.date)));
  const ga = r.ga.map((c) => new GaView(c, delta, to, c.date && dateOf(c.date)));
  const documents = r.documents.map((c) => new DocumentView(c, delta, to));
  const lists = r.lists.map((l) => {
    const items: (ScView | GaView)[] = l.items.map((it) => (it.kind === 'sc' ? sc[r.sc.indexOf(it)] : ga[r.ga.indexOf(it)]));
    const list = new ListView(l, delta, to, items);
    for (const it of items) it.list = list;
    return list;
  });
  return { sc, ga, documents, lists, dates };
}
