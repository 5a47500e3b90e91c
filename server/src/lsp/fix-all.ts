import { CodeAction } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from '../core';
import { toEdits } from './convert';

export const FIX_ALL_KIND = 'source.fixAll.resolute';

/**
 * Every safe preferred fix, in one edit. Fixes whose edits overlap an earlier one are
 * left for the next run, so the edit never garbles the text.
 */
export function safeEdits(diagnostics: readonly Diagnostic[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes?.find((f) => f.safe && f.isPreferred && !f.snippet && !f.command);
    if (!fix) continue;
    const clash = fix.edits.some((e) => chosen.some((c) => e.span.start < c.span.end && c.span.start < e.span.end || (e.span.start === c.span.start && e.span.end === c.span.end)));
    if (!clash) chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.span.start - b.span.start);
}

export function fixAllAction(td: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction | undefined {
  const edits = safeEdits(diagnostics);
  if (!edits.length) return undefined;
  const action = CodeAction.create('Fix all safe problems (Resolute)', FIX_ALL_KIND);
  action.edit = { documentChanges: [{ textDocument: { uri: td.uri, version: td.version }, edits: toEdits(td, edits) }] };
  return action;
}
