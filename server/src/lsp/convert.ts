// The one place where core results become protocol types.
import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Range,
  type TextEdit,
  type SnippetTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type * as core from '../core';
import type { Fix } from '../core';

export function toRange(doc: TextDocument, s: core.Span): Range {
  return { start: doc.positionAt(s.start), end: doc.positionAt(s.end) };
}

export function toSpan(doc: TextDocument, r: Range): core.Span {
  return { start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) };
}

const SEVERITY: Record<core.Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(doc: TextDocument, d: core.Diagnostic, ruleDocs: (code: string) => string): Diagnostic {
  const out: Diagnostic = {
    range: toRange(doc, d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: ruleDocs(d.code) },
    source: 'resolute',
    message: d.message,
  };
  if (d.tags?.length) out.tags = d.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  if (d.related?.length) out.relatedInformation = d.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.span) }, message: r.message }));
  return out;
}

export function toEdits(doc: TextDocument, edits: readonly core.TextEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText }));
}

/** `${1:full name} (UNX)` → `full name (UNX)`, for clients that cannot take snippet edits. */
export function snippetAsText(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}|\$\{\d+\}|\$\d+|\\([$}\\])/g, (_m, placeholder: string | undefined, escaped: string | undefined) => placeholder ?? escaped ?? '');
}

export function toCodeAction(doc: TextDocument, fix: Fix, diagnostic?: Diagnostic, kind: string = CodeActionKind.QuickFix, snippetEdits = false): CodeAction {
  const action = CodeAction.create(fix.title, kind);
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.isPreferred) action.isPreferred = true;
  if (fix.edits.length) {
    const edits: (TextEdit | SnippetTextEdit)[] = !fix.snippet
      ? toEdits(doc, fix.edits)
      : snippetEdits
        ? fix.edits.map((e) => ({ range: toRange(doc, e.span), snippet: { kind: 'snippet' as const, value: e.newText } }))
        : fix.edits.map((e) => ({ range: toRange(doc, e.span), newText: snippetAsText(e.newText) }));
    action.edit = { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  }
  if (fix.command) action.command = { title: fix.title, command: fix.command.id, arguments: [...fix.command.args] };
  return action;
}

export function toHover(doc: TextDocument, h: core.HoverResult): Hover {
  return { range: toRange(doc, h.span), contents: { kind: MarkupKind.Markdown, value: h.markdown } };
}

const COMPLETION_KIND: Record<string, CompletionItemKind> = {
  phrase: CompletionItemKind.Text,
  verb: CompletionItemKind.Keyword,
  resolution: CompletionItemKind.Reference,
  acronym: CompletionItemKind.Constant,
  snippet: CompletionItemKind.Snippet,
};

export function toCompletion(doc: TextDocument, c: core.CompletionItem): CompletionItem {
  const item: CompletionItem = {
    label: c.label,
    kind: COMPLETION_KIND[c.kind],
    detail: c.detail,
    textEdit: { range: toRange(doc, c.replace), newText: c.insertText },
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (c.documentation) item.documentation = { kind: MarkupKind.Markdown, value: c.documentation };
  if (c.filterText) item.filterText = c.filterText;
  if (c.sortText) item.sortText = c.sortText;
  return item;
}

export function toLink(doc: TextDocument, l: core.DocumentLink): DocumentLink {
  return { range: toRange(doc, l.span), target: l.target, tooltip: l.tooltip };
}

const SYMBOL_KIND: Record<core.DocSymbol['kind'], SymbolKind> = {
  heading: SymbolKind.File,
  part: SymbolKind.Namespace,
  paragraph: SymbolKind.String,
  subparagraph: SymbolKind.Field,
  annex: SymbolKind.Module,
  subheading: SymbolKind.Key,
};

export function toSymbol(doc: TextDocument, s: core.DocSymbol): DocumentSymbol {
  return {
    name: s.name || '(untitled)',
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind],
    range: toRange(doc, s.span),
    selectionRange: toRange(doc, s.selection),
    children: s.children.map((c) => toSymbol(doc, c)),
  };
}

export function toFolding(doc: TextDocument, f: core.Folding): FoldingRange | undefined {
  const start = doc.positionAt(f.span.start).line;
  const end = doc.positionAt(f.span.end).line;
  return end > start ? { startLine: start, endLine: end } : undefined;
}
