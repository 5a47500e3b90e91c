import type { Finding, Fix, Severity } from './rules/types';
import type { ResolutionDoc } from './syntax/model';
import type { Span } from './text/span';

export const UNUSED_SUPPRESSION_CODE = 'style/unused-suppression';

/** `<!-- resolute-disable-next-line CODE... -->`, `<!-- resolute-disable CODE... -->`, `<!-- resolute-enable CODE... -->` */
interface Directive {
  readonly kind: 'next-line' | 'disable' | 'enable';
  /** Empty: every rule. A code, a family ("citation") or "family/*". */
  readonly codes: readonly string[];
  readonly span: Span;
  /** Where it applies: the next line, or from the comment to the matching enable. */
  readonly scope: Span;
}

const DIRECTIVE = /^<!--\s*resolute-(disable-next-line|disable|enable)((?:\s+[A-Za-z0-9/*-]+)*)\s*-->$/;

function matches(codes: readonly string[], code: string): boolean {
  if (!codes.length) return true;
  const family = code.split('/')[0];
  return codes.some((c) => c === code || c === family || c === `${family}/*`);
}

function directives(doc: ResolutionDoc): Directive[] {
  const parsed: Omit<Directive, 'scope'>[] = [];
  for (const span of doc.comments) {
    const m = DIRECTIVE.exec(doc.text.slice(span.start, span.end).trim());
    if (!m) continue;
    const kind = m[1] === 'disable-next-line' ? 'next-line' : (m[1] as 'disable' | 'enable');
    parsed.push({ kind, codes: m[2].trim() ? m[2].trim().split(/\s+/) : [], span });
  }
  const out: Directive[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const d = parsed[i];
    if (d.kind === 'enable') continue;
    if (d.kind === 'next-line') {
      const line = doc.lines.positionAt(d.span.end).line + 1;
      out.push({ ...d, scope: { start: doc.lines.lineStart(line), end: doc.lines.lineEnd(line) } });
      continue;
    }
    // A disable lasts until an enable that names one of its codes (or any enable without codes).
    const close = parsed.slice(i + 1).find((e) => e.kind === 'enable' && (!e.codes.length || !d.codes.length || e.codes.some((c) => d.codes.includes(c))));
    out.push({ ...d, scope: { start: d.span.end, end: close ? close.span.start : doc.text.length } });
  }
  return out;
}

/**
 * Drops the findings that a suppression comment covers, and reports the comments that
 * covered nothing. `severityOfUnused` is the configured level of style/unused-suppression.
 */
export function applySuppressions<T extends Finding>(doc: ResolutionDoc, findings: T[], severityOfUnused: Severity | 'off'): { kept: T[]; unused: (Finding & { severity: Severity })[] } {
  if (!doc.comments.length) return { kept: findings, unused: [] };
  const list = directives(doc);
  if (!list.length) return { kept: findings, unused: [] };
  const used = new Set<Directive>();
  const kept = findings.filter((f) => {
    const hit = list.find((d) => f.span.start >= d.scope.start && f.span.start <= d.scope.end && matches(d.codes, f.code));
    if (hit) used.add(hit);
    return !hit;
  });
  if (severityOfUnused === 'off') return { kept, unused: [] };
  const unused = list
    .filter((d) => !used.has(d))
    .map((d) => ({
      code: UNUSED_SUPPRESSION_CODE,
      severity: severityOfUnused,
      span: d.span,
      message: d.codes.length ? `This comment suppresses nothing: no ${d.codes.join(', ')} finding where it applies.` : 'This comment suppresses nothing: no finding where it applies.',
      tags: ['unnecessary' as const],
      fixes: [{ title: 'Remove the unused suppression comment', edits: [{ span: lineOf(doc, d.span), newText: '' }], isPreferred: true, safe: true }],
    }));
  return { kept, unused };
}

/** The comment's whole line, with its line break, so removing it leaves no blank line behind. */
function lineOf(doc: ResolutionDoc, s: Span): Span {
  const start = doc.lines.lineStart(doc.lines.positionAt(s.start).line);
  const nextLine = doc.lines.positionAt(s.end).line + 1;
  const end = nextLine < doc.lines.lineCount ? doc.lines.lineStart(nextLine) : s.end;
  return { start, end };
}

/**
 * The quick fix that silences one finding: a disable-next-line comment above its line when
 * that line starts the paragraph; otherwise disable/enable around the paragraph, so the
 * comment never splits a paragraph.
 */
export function suppressionFix(doc: ResolutionDoc, finding: Finding): Fix {
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const line = doc.lines.positionAt(finding.span.start).line;
  const lineStart = doc.lines.lineStart(line);
  const para = doc.all.find((p) => p.span.start <= finding.span.start && finding.span.start <= p.span.end && p.level === 0) ?? doc.all.find((p) => p.span.start <= finding.span.start && finding.span.start <= p.span.end);
  const title = `Suppress ${finding.code} here (comment)`;
  if (!para || doc.lines.lineStart(doc.lines.positionAt(para.span.start).line) === lineStart) {
    return { title, edits: [{ span: { start: lineStart, end: lineStart }, newText: `<!-- resolute-disable-next-line ${finding.code} -->${eol}` }] };
  }
  const paraStart = doc.lines.lineStart(doc.lines.positionAt(para.span.start).line);
  return {
    title,
    edits: [
      { span: { start: paraStart, end: paraStart }, newText: `<!-- resolute-disable ${finding.code} -->${eol}` },
      { span: { start: para.span.end, end: para.span.end }, newText: `${eol}<!-- resolute-enable ${finding.code} -->` },
    ],
  };
}
