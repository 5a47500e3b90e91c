import type { Paragraph, ResolutionDoc } from '../syntax/model';
import type { Span } from '../text/span';
import type { DataSet } from '../data/dataset';
import type { AnalysisSettings } from '../settings';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Family = 'citation' | 'acronym' | 'structure' | 'style';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix the editor applies first (one per finding at most). */
  readonly isPreferred?: boolean;
  /** Safe to apply without review (fix-all, `--fix`). */
  readonly safe?: boolean;
  /** newText is a snippet with tab stops ($1, ${1:placeholder}). */
  readonly snippet?: boolean;
  /** A command for the client instead of (or after) the edits, e.g. adding a word to the glossary. */
  readonly command?: { readonly id: string; readonly args: readonly unknown[] };
}

export interface Finding {
  readonly code: string;
  readonly span: Span;
  readonly message: string;
  /** Overrides the rule's default severity (e.g. by organ); the user's setting still wins. */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly { readonly span: Span; readonly message: string }[];
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
}

export interface RuleContext {
  readonly doc: ResolutionDoc;
  readonly data: DataSet;
  readonly settings: AnalysisSettings;
}

export interface Rule {
  /** Stable kebab-case code, "family/name"; never reused. */
  readonly code: string;
  readonly defaultSeverity: Severity;
  /** One line for settings and docs. */
  readonly description: string;
  check(ctx: RuleContext): Finding[];
  /** Set by `localRule` (rules/local.ts): after an edit, only the paragraphs that changed are read again. */
  readonly local?: LocalPart;
}

/**
 * A rule whose findings in a paragraph follow from that paragraph alone: the text of its block,
 * its kind, whether it is numbered and its label as written, the document's format, organ and
 * draft masthead, the data and the settings. Never another paragraph (not its sub-paragraphs
 * either), its place among the others (index, level, the label's value) or text outside its block.
 */
export interface LocalPart {
  /** The findings in one paragraph, within its span. */
  inParagraph(p: Paragraph, ctx: RuleContext): readonly Finding[];
  /** Paragraphs read in the light of the rest of the document, which `rest` reports on instead. */
  readonly aside?: (doc: ResolutionDoc) => { has(p: Paragraph): boolean; keys(): Iterable<Paragraph> };
  /** What the rule finds outside the paragraphs and in those set aside, asked every time. */
  readonly rest?: (ctx: RuleContext) => readonly Finding[];
  /** The paragraphs (by index in `doc.all`, in order) `inParagraph` can find anything in, when they are few: a check that reads every paragraph reads only these. */
  readonly only?: (doc: ResolutionDoc) => readonly number[];
}
