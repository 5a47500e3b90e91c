import type { RuleContext, TextEdit } from '../rules/types';
import type { Span } from '../text/span';

/** What every editor feature receives: the parsed document, the data and the settings. */
export type FeatureContext = RuleContext;

export interface HoverResult {
  readonly span: Span;
  /** Untrusted Markdown: no HTML, no command links. */
  readonly markdown: string;
}

export type CompletionKind = 'phrase' | 'verb' | 'resolution' | 'acronym' | 'snippet';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Untrusted Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  /** insertText has tab stops. */
  readonly snippet?: boolean;
  /** The text the item replaces (the typed prefix). */
  readonly replace: Span;
  readonly filterText?: string;
  readonly sortText?: string;
}

export interface DocumentLink {
  readonly span: Span;
  /** Only https://undocs.org/ and https://documents.un.org/ targets. */
  readonly target: string;
  readonly tooltip?: string;
}

export type SymbolKind = 'heading' | 'part' | 'paragraph' | 'subparagraph' | 'annex' | 'subheading';

export interface DocSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly span: Span;
  readonly selection: Span;
  readonly children: DocSymbol[];
}

export interface Folding {
  readonly span: Span;
}

export interface RenameResult {
  readonly edits: readonly TextEdit[];
}

/** A family's editor features; every member is optional. */
export interface FeatureProvider {
  hover?(ctx: FeatureContext, offset: number): HoverResult | undefined;
  complete?(ctx: FeatureContext, offset: number): CompletionItem[];
  links?(ctx: FeatureContext): DocumentLink[];
  symbols?(ctx: FeatureContext): DocSymbol[];
  folding?(ctx: FeatureContext): Folding[];
  definition?(ctx: FeatureContext, offset: number): Span[];
  references?(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Span[];
  /** The span that would be renamed at offset, if any. */
  prepareRename?(ctx: FeatureContext, offset: number): Span | undefined;
  rename?(ctx: FeatureContext, offset: number, newName: string): RenameResult | undefined;
  /** Edits that renumber operative paragraphs 1, 2, 3 ... and the references to them. */
  renumber?(ctx: FeatureContext): readonly TextEdit[] | undefined;
  /** Counts for "Show document statistics", by label. */
  statistics?(ctx: FeatureContext): Record<string, number>;
}
