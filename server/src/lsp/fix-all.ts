import { CodeAction } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { safeFixes, type Diagnostic } from '../core';
import { toEdits } from './convert';

export const FIX_ALL_KIND = 'source.fixAll.resolute';

export function fixAllAction(td: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction | undefined {
  const { edits } = safeFixes(diagnostics);
  if (!edits.length) return undefined;
  const action = CodeAction.create('Fix all safe problems (Resolute)', FIX_ALL_KIND);
  action.edit = { documentChanges: [{ textDocument: { uri: td.uri, version: td.version }, edits: toEdits(td, edits) }] };
  return action;
}
