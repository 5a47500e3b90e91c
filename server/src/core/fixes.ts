import type { Diagnostic } from './service';
import type { Severity, TextEdit } from './rules/types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * The fixes that may be applied without review (fix-all, `check --fix`): safe, preferred,
 * plain edits (no snippet, no command). Where two overlap, the fix for the more severe finding
 * wins, then the one that rewrites more text (it usually contains the other: "IED's" → "IEDs"
 * before defining "IED"); the other waits for the next pass, so the edit never garbles the text.
 */
export function safeFixes(diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; codes: string[] } {
  const candidates = diagnostics
    .map((d) => ({ d, fix: d.fixes?.find((f) => f.safe && f.isPreferred && !f.snippet && !f.command && f.edits.length) }))
    .filter((c) => c.fix)
    .map((c) => ({ ...c, width: c.fix!.edits.reduce((n, e) => n + e.span.end - e.span.start, 0) }))
    .sort((a, b) => RANK[a.d.severity] - RANK[b.d.severity] || b.width - a.width || a.d.span.start - b.d.span.start);
  const edits: TextEdit[] = [];
  const codes: string[] = [];
  const clash = (a: TextEdit, b: TextEdit) =>
    (a.span.start < b.span.end && b.span.start < a.span.end) || (a.span.start === b.span.start && a.span.end === b.span.end);
  for (const { d, fix } of candidates) {
    if (fix!.edits.some((e) => edits.some((c) => clash(e, c)))) continue;
    edits.push(...fix!.edits);
    codes.push(d.code);
  }
  edits.sort((a, b) => a.span.start - b.span.start);
  return { edits, codes };
}

/** Applies non-overlapping edits to the text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
