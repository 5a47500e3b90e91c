import type { Paragraph } from '../syntax/model';
import type { Span } from '../text/span';

/** A date as written after a citation or in the heading ("of 28 September 2001"). All spans are source spans. */
export interface CitedDate {
  readonly span: Span;
  /** As written (clean text). */
  readonly text: string;
  readonly day: number;
  /** 1 to 12 */
  readonly month: number;
  readonly year: number;
  readonly yearSpan: Span;
  /** yyyy-mm-dd when the day exists. */
  readonly iso?: string;
  /** Written the United Nations way: "2 August 2017". */
  readonly wellFormed: boolean;
}

/**
 * How a Security Council citation was found:
 * list = after "resolution(s)"; bare = "1500 (2003)" after "in particular" and the like;
 * symbol = S/RES/1373 (2001); committee = a number in a committee's name ("the 1540 Committee");
 * heading = "Resolution 2370 (2017)" at the top of the text.
 */
export type ScForm = 'list' | 'bare' | 'symbol' | 'committee' | 'heading';

export interface ScCitation {
  readonly kind: 'sc';
  readonly form: ScForm;
  readonly number: number;
  readonly numberSpan: Span;
  /** The year written in parentheses. */
  readonly year?: number;
  readonly yearSpan?: Span;
  /** "425 and 426 (1978)": the year written once after the last of several numbers. */
  readonly sharedYear?: number;
  /** From the number to the closing parenthesis of the year (or the number alone). */
  readonly span: Span;
  /** What separates number and year when it is not one space: "" in "1373(2001)", ", " in "1738, (2006)". */
  readonly gap?: { readonly span: Span; readonly text: string };
  /** "of 28 September 2001" */
  readonly date?: CitedDate;
  readonly paragraph: Paragraph;
  readonly list?: CitationList;
}

/** A General Assembly resolution: 60/288, A/RES/60/288, 3314 (XXIX), 217 A (III), S-8/1, ES-10/24. */
export interface GaCitation {
  readonly kind: 'ga';
  readonly form: 'list' | 'symbol';
  /** Normalised, without "A/RES/": "60/288", "31/16 A", "3314 (XXIX)", "S-8/1", "ES-10/24". */
  readonly symbol: string;
  /** Regular session (roman numerals read). */
  readonly session?: number;
  readonly sessionSpan?: Span;
  /** Special ("S-8/1", "(S-IV)") or emergency special ("ES-10/24", "(ES-V)") session number. */
  readonly special?: { readonly kind: 'special' | 'emergency'; readonly session: number };
  readonly number: number;
  readonly span: Span;
  /** "75/200 (2020)" */
  readonly year?: number;
  readonly yearSpan?: Span;
  readonly date?: CitedDate;
  readonly paragraph: Paragraph;
  readonly list?: CitationList;
}

/** Other Security Council documents: presidential statements, reports and letters (S/2017/615), records (S/PV.8017). */
export interface DocumentCitation {
  readonly kind: 'document';
  readonly type: 'presidential-statement' | 'document' | 'record';
  /** As written, normalised: "S/PRST/2017/4". */
  readonly symbol: string;
  readonly year?: number;
  readonly span: Span;
  readonly paragraph: Paragraph;
}

export type Citation = ScCitation | GaCitation | DocumentCitation;
export type ListItem = ScCitation | GaCitation;

export type SeparatorKind = 'comma' | 'and' | 'comma-and' | 'or' | 'comma-or' | 'none';

export interface Separator {
  readonly kind: SeparatorKind;
  /** Source span of the separator (the whitespace for "none"). */
  readonly span: Span;
}

/** "resolutions 1267 (1999), 1989 (2011) and 2253 (2015)" */
export interface CitationList {
  /** "resolution" / "resolutions" / "UNSCR"; absent when the list starts without it ("in particular 1500 (2003)"). */
  readonly noun?: { readonly span: Span; readonly text: string; readonly plural: boolean };
  readonly items: ListItem[];
  /** separators[i] stands between items[i] and items[i + 1]. */
  readonly separators: Separator[];
  readonly span: Span;
  readonly paragraph: Paragraph;
}

/** "Adopted by the Security Council at its 8017th meeting, on 2 August 2017" */
export interface AdoptionLine {
  readonly span: Span;
  readonly meeting: number;
  readonly meetingSpan: Span;
  /** "th" in "8017th"; "" when missing. */
  readonly suffix: string;
  /** Where the suffix is, or would go. */
  readonly suffixSpan: Span;
  readonly date?: CitedDate;
}

export interface HeadingFacts {
  /** "Resolution 2370 (2017)" (also in the citations, form "heading"). */
  readonly resolution?: ScCitation;
  /** "of 22 November 1967" under the number in older texts. */
  readonly dateLine?: CitedDate;
  readonly adoption?: AdoptionLine;
  /** Other dates of the masthead ("Distr.: General 2 August 2017"). */
  readonly otherDates: readonly CitedDate[];
}

/** Citations of some part of a document, each kind in document order. */
export interface CitationSet {
  readonly sc: readonly ScCitation[];
  readonly ga: readonly GaCitation[];
  readonly documents: readonly DocumentCitation[];
  readonly lists: readonly CitationList[];
  readonly dates: readonly CitedDate[];
}

export interface DocCitations {
  /** Every citation, in document order. */
  readonly all: readonly Citation[];
  readonly sc: readonly ScCitation[];
  readonly ga: readonly GaCitation[];
  readonly documents: readonly DocumentCitation[];
  readonly lists: readonly CitationList[];
  readonly heading: HeadingFacts;
  /** Every date recognised in citations and the heading, in document order. */
  readonly dates: readonly CitedDate[];
}
