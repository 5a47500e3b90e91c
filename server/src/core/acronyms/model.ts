import type { Paragraph } from '../syntax/model';
import type { Span } from '../text/span';

/** How the words before "(ACR)" were matched to its letters. */
export type Fit =
  | 'initials' // the words' initials spell the acronym
  | 'data' // the words are a name the official list or adopted resolutions give for it (INTERPOL, MONUSCO)
  | 'letters' // the letters occur in order in the words, the first at a word start
  | 'none'; // no name could be read: "(ACR)" after words that do not spell it

/** "Full Name (ACR)", "Full Name (“ACR”)", "Full Name (ACR, also known as X)" or "ACR (Full Name)". */
export interface AcronymDefinition {
  readonly key: string;
  /** The acronym as written inside the parentheses, e.g. "UASs", "IED's". */
  readonly written: string;
  readonly plural: boolean;
  /** Source span of an apostrophe-s ("IED's"), if any. */
  readonly apostrophe?: Span;
  /** The full name as written (Markdown removed); undefined when the words before do not spell it. */
  readonly name?: string;
  readonly nameSpan?: Span;
  readonly fit: Fit;
  /** "Da’esh" in "(ISIL, also known as Da’esh)". */
  readonly alias?: string;
  /** Source span of the acronym as written (with its plural s, without quotes or apostrophe). */
  readonly span: Span;
  /** Source span of the key letters only (what a rename replaces). */
  readonly keySpan: Span;
  /** Source span of the whole definition, name through closing parenthesis. */
  readonly whole: Span;
  /** Source span of the parentheses and what they hold: "(UASs)", "(ISIL, also known as Da’esh)". */
  readonly parens: Span;
  readonly paragraph: Paragraph;
  /** The longest official name the words before the parenthesis end with, and its official acronyms. */
  readonly official?: { readonly name: string; readonly acronyms: readonly string[] };
  /** Written "ACR (Full Name)". */
  readonly reverse?: boolean;
}

export interface AcronymUse {
  readonly key: string;
  readonly written: string;
  readonly plural: boolean;
  /** Source span of the token, plural s included, apostrophe-s excluded. */
  readonly span: Span;
  readonly keySpan: Span;
  readonly apostrophe?: Span;
  /** Followed by "(also known as …)", the Council's way of introducing ISIL without its expansion. */
  readonly aliased?: boolean;
  readonly paragraph: Paragraph;
}

/** "UN" and the other names that are never abbreviated, where the text abbreviates them. */
export interface NeverAbbreviated {
  readonly key: string;
  readonly written: string;
  readonly plural: boolean;
  readonly span: Span;
  readonly apostrophe?: Span;
  /** For "United Nations (UN)": the span of " (UN)" to remove. */
  readonly definition?: Span;
  readonly paragraph: Paragraph;
}

export interface AcronymEntry {
  readonly key: string;
  /** Formal definitions, in document order. */
  readonly definitions: AcronymDefinition[];
  /** Uses outside the definitions' parentheses, in document order. */
  readonly uses: AcronymUse[];
}

export type Occurrence = { readonly kind: 'definition'; readonly def: AcronymDefinition } | { readonly kind: 'use'; readonly use: AcronymUse };

export interface AcronymTable {
  readonly entries: ReadonlyMap<string, AcronymEntry>;
  readonly never: readonly NeverAbbreviated[];
  /** Definitions and uses in source order. */
  readonly occurrences: readonly Occurrence[];
}
