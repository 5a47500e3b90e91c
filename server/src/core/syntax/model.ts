import type { CleanText } from '../text/clean-text';
import type { LineIndex } from '../text/line-index';
import type { Span } from '../text/span';

export type Organ = 'SC' | 'GA';
export type SourceFormat = 'markdown' | 'plain';

export type ParagraphKind =
  | 'heading' // masthead and heading block, before the opening line
  | 'opening' // "The Security Council,"
  | 'preambular'
  | 'operative'
  | 'subparagraph'
  | 'subheading' // unnumbered heading between operative paragraphs
  | 'text' // unnumbered text inside the operative part that is not a heading (quoted text, notes)
  | 'annex-title'
  | 'annex-body'
  | 'footnote'
  | 'footer'; // "82nd plenary meeting" and the like

/** "6." / "5 bis." / "(a)" / "(ii)" at the start of a paragraph. */
export interface Label {
  /** As written, e.g. "6", "5 bis", "a", "ii". */
  readonly raw: string;
  /** Operative: the number; sub-paragraph: 1-based position of the letter or numeral. */
  readonly value: number;
  /** bis, ter, ... for negotiation inserts. */
  readonly suffix?: string;
  /** letter (a), roman (i), number 1. */
  readonly style: 'number' | 'letter' | 'roman';
  /** The label in source offsets (digits or letters only, without "(", ")" or "."). */
  readonly span: Span;
}

export interface Paragraph {
  readonly kind: ParagraphKind;
  /** Source span from the first to the last character (all segments). */
  readonly span: Span;
  /** Source segments: more than one when a page break split the paragraph. */
  readonly segments: readonly Span[];
  /** The words without Markdown, mapped to source offsets. */
  readonly clean: CleanText;
  readonly label?: Label;
  /** Clean offset where the content starts, after the label and spaces. */
  readonly bodyStart: number;
  /**
   * Opening phrase in clean offsets: the italic (or underlined) run at the start in Markdown,
   * else the standard phrase it opens with, else the first word. A bracketed alternative
   * "[Decides/Requests]" is the opener as a whole.
   */
  readonly opener?: Span;
  /** 1 for (a), 2 for (i) under (a). 0 for top-level paragraphs. */
  readonly level: number;
  readonly children: Paragraph[];
  /** Position among paragraphs of the same kind (0-based), for preambular and operative. */
  readonly index: number;
}

export interface Annex {
  readonly title: Paragraph;
  readonly body: Paragraph[];
  readonly span: Span;
}

export interface ResolutionDoc {
  readonly text: string;
  readonly format: SourceFormat;
  readonly lines: LineIndex;
  readonly organ?: Organ;
  /** A sponsors' draft ("...: draft resolution", symbol S/yyyy/n) rather than an adopted text. */
  readonly isDraft: boolean;
  readonly heading: Paragraph[];
  readonly opening?: Paragraph;
  readonly preamble: Paragraph[];
  readonly operative: Paragraph[];
  readonly subheadings: Paragraph[];
  /**
   * Section markers ("I", "II", "A") that split the body into parts, each with its own preamble
   * and operative part (General Assembly omnibus texts); numbering may restart at 1 after one.
   * They are also in `subheadings`.
   */
  readonly sections: Paragraph[];
  readonly annexes: Annex[];
  readonly footnotes: Paragraph[];
  readonly footer: Paragraph[];
  /** HTML comments on lines of their own (suppression comments); they belong to no paragraph. */
  readonly comments: readonly Span[];
  /** Every paragraph in document order, sub-paragraphs included. */
  readonly all: Paragraph[];
}
