import { LineIndex, type Diagnostic, type Position } from '../core';

export interface FileReport {
  readonly file: string;
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface JsonDiagnostic {
  code: string;
  severity: Diagnostic['severity'];
  message: string;
  range: { start: Position; end: Position };
}

export function toJson(r: FileReport): { file: string; diagnostics: JsonDiagnostic[] } {
  const lines = new LineIndex(r.text);
  return {
    file: r.file,
    diagnostics: r.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      range: { start: lines.positionAt(d.span.start), end: lines.positionAt(d.span.end) },
    })),
  };
}

/** `path:line:column: severity code message`, one-based. */
export function formatText(reports: readonly FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const { diagnostics } = toJson(r);
    for (const d of diagnostics) out.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}`);
  }
  return out.length ? out.join('\n') + '\n' : '';
}

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports.map(toJson), null, 2) + '\n';
}
