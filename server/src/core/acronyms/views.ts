// A paragraph's acronym definitions and uses are found once per text and kept relative to the
// paragraph's start, without the paragraph (scan.ts). Each document version sees them through
// views bound to the paragraph, which move a span only when it is read: an edit early in a long
// draft does not copy every later definition and use on each keystroke.
// Each view class writes out its own fields and lazily moved spans: one base class holding the
// shared part (the result, the distance, the moved span) made a 1 MB keystroke 4-13% slower in
// in-process A/Bs, its shared getters meeting every view's shape.
import type { Paragraph } from '../syntax/model';
import { shiftSpan, type Span } from '../text/span';
import { presentFields } from '../view-fields';
import type { AcronymDefinition, AcronymUse, Fit, NeverAbbreviated } from './model';

/** A result relative to its paragraph's start, without the paragraph. */
export type Unplaced<T> = { readonly [K in keyof T]: K extends 'paragraph' ? undefined : T[K] };

const moved = (s: Span | undefined, delta: number) => s && shiftSpan(s, delta);

class UseView implements AcronymUse {
  readonly #base: Unplaced<AcronymUse>;
  #span?: Span;
  #keySpan?: Span;
  #apostrophe?: Span;
  constructor(
    base: Unplaced<AcronymUse>,
    readonly paragraph: Paragraph,
  ) {
    this.#base = base;
  }
  get key(): string {
    return this.#base.key;
  }
  get written(): string {
    return this.#base.written;
  }
  get plural(): boolean {
    return this.#base.plural;
  }
  get aliased(): boolean | undefined {
    return this.#base.aliased;
  }
  get span(): Span {
    return (this.#span ??= shiftSpan(this.#base.span, this.paragraph.span.start));
  }
  get keySpan(): Span {
    return (this.#keySpan ??= shiftSpan(this.#base.keySpan, this.paragraph.span.start));
  }
  get apostrophe(): Span | undefined {
    return (this.#apostrophe ??= moved(this.#base.apostrophe, this.paragraph.span.start));
  }
  toJSON(): AcronymUse {
    const { key, written, plural, span, keySpan, apostrophe, aliased, paragraph } = this;
    return presentFields({ key, written, plural, span, keySpan, apostrophe, aliased, paragraph });
  }
}

class NeverView implements NeverAbbreviated {
  readonly #base: Unplaced<NeverAbbreviated>;
  #span?: Span;
  #apostrophe?: Span;
  #definition?: Span;
  constructor(
    base: Unplaced<NeverAbbreviated>,
    readonly paragraph: Paragraph,
  ) {
    this.#base = base;
  }
  get key(): string {
    return this.#base.key;
  }
  get written(): string {
    return this.#base.written;
  }
  get plural(): boolean {
    return this.#base.plural;
  }
  get span(): Span {
    return (this.#span ??= shiftSpan(this.#base.span, this.paragraph.span.start));
  }
  get apostrophe(): Span | undefined {
    return (this.#apostrophe ??= moved(this.#base.apostrophe, this.paragraph.span.start));
  }
  get definition(): Span | undefined {
    return (this.#definition ??= moved(this.#base.definition, this.paragraph.span.start));
  }
  toJSON(): NeverAbbreviated {
    const { key, written, plural, span, apostrophe, definition, paragraph } = this;
    return presentFields({ key, written, plural, span, apostrophe, definition, paragraph });
  }
}

class DefinitionView implements AcronymDefinition {
  readonly #base: Unplaced<AcronymDefinition>;
  #span?: Span;
  #keySpan?: Span;
  #apostrophe?: Span;
  #nameSpan?: Span;
  #whole?: Span;
  #parens?: Span;
  constructor(
    base: Unplaced<AcronymDefinition>,
    readonly paragraph: Paragraph,
  ) {
    this.#base = base;
  }
  get key(): string {
    return this.#base.key;
  }
  get written(): string {
    return this.#base.written;
  }
  get plural(): boolean {
    return this.#base.plural;
  }
  get name(): string | undefined {
    return this.#base.name;
  }
  get fit(): Fit {
    return this.#base.fit;
  }
  get alias(): string | undefined {
    return this.#base.alias;
  }
  get official(): AcronymDefinition['official'] {
    return this.#base.official;
  }
  get reverse(): boolean | undefined {
    return this.#base.reverse;
  }
  get span(): Span {
    return (this.#span ??= shiftSpan(this.#base.span, this.paragraph.span.start));
  }
  get keySpan(): Span {
    return (this.#keySpan ??= shiftSpan(this.#base.keySpan, this.paragraph.span.start));
  }
  get apostrophe(): Span | undefined {
    return (this.#apostrophe ??= moved(this.#base.apostrophe, this.paragraph.span.start));
  }
  get nameSpan(): Span | undefined {
    return (this.#nameSpan ??= moved(this.#base.nameSpan, this.paragraph.span.start));
  }
  get whole(): Span {
    return (this.#whole ??= shiftSpan(this.#base.whole, this.paragraph.span.start));
  }
  get parens(): Span {
    return (this.#parens ??= shiftSpan(this.#base.parens, this.paragraph.span.start));
  }
  toJSON(): AcronymDefinition {
    const { key, written, plural, apostrophe, name, nameSpan, fit, alias, span, keySpan, whole, parens, paragraph, official, reverse } = this;
    return presentFields({ key, written, plural, apostrophe, name, nameSpan, fit, alias, span, keySpan, whole, parens, paragraph, official, reverse });
  }
}

export const viewUse = (u: Unplaced<AcronymUse>, p: Paragraph): AcronymUse => new UseView(u, p);
export const viewNever = (n: Unplaced<NeverAbbreviated>, p: Paragraph): NeverAbbreviated => new NeverView(n, p);
export const viewDefinition = (d: Unplaced<AcronymDefinition>, p: Paragraph): AcronymDefinition => new DefinitionView(d, p);
