// What must hold for every rule and every feature, present and future, on any text.
// Each check returns the problems it saw (empty when all is well), so a failing
// property prints what broke and where.
import { createResolutionService, parse, type Diagnostic, type Fix, type Paragraph, type ResolutionDoc, type ResolutionService, type SourceFormat, type Span, type TextEdit } from '../../server/src/core';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** An offset between the two halves of a surrogate pair would cut a character in two. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

export function spanIssues(text: string, s: Span | undefined, what: string): string[] {
  if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end)) return [`${what}: not a span: ${JSON.stringify(s)}`];
  if (s.start < 0 || s.end < s.start || s.end > text.length) return [`${what}: [${s.start}, ${s.end}) outside [0, ${text.length}]`];
  return [s.start, s.end].filter((o) => splitsPair(text, o)).map((o) => `${what}: offset ${o} splits a surrogate pair`);
}

const inside = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function editIssues(text: string, edits: readonly TextEdit[], what: string): string[] {
  const out = edits.flatMap((e, i) => spanIssues(text, e.span, `${what} edit ${i}`));
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1].span;
    const b = sorted[i].span;
    if (overlap(a, b) || (a.start === b.start && a.end === b.end && a.end > a.start)) out.push(`${what}: edits [${a.start}, ${a.end}) and [${b.start}, ${b.end}) overlap`);
  }
  return out;
}

export function diagnosticIssues(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    const what = `${d.code} @${d.span.start}`;
    out.push(...spanIssues(text, d.span, what));
    if (!d.message.trim()) out.push(`${what}: empty message`);
    for (const r of d.related ?? []) out.push(...spanIssues(text, r.span, `${what} related`));
    for (const f of d.fixes ?? []) out.push(...editIssues(text, f.edits, `${what} fix "${f.title}"`));
  }
  return out;
}

/** A service that records what its guard caught: a rule or feature that threw is a defect. */
export function recordingService(settings: Parameters<typeof createResolutionService>[0] = {}): { service: ResolutionService; failures: string[] } {
  const failures: string[] = [];
  const service = createResolutionService({ ...settings, settings: { today: '2026-11-27', ...settings.settings }, logger: { error: (m) => failures.push(m.split('\n').slice(0, 4).join(' | ')) } });
  return { service, failures };
}

/** Every analysis problem of one text: failures caught by the guard, then bad ranges. */
export function analysisIssues(service: ResolutionService, failures: string[], text: string, format: SourceFormat): { doc: ResolutionDoc; diagnostics: Diagnostic[]; issues: string[] } {
  failures.length = 0;
  const doc = parse(text, format);
  const diagnostics = service.diagnostics(doc);
  return { doc, diagnostics, issues: [...failures, ...diagnosticIssues(text, diagnostics)] };
}

const ALLOWED_LINK = /^https:\/\/(?:undocs\.org|documents\.un\.org)\//;

/** Hover and completion Markdown: no HTML, no command or script links, links only to the UN document system. */
export function markdownIssues(md: string, what: string): string[] {
  const out: string[] = [];
  const prose = md.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  for (const m of prose.matchAll(/(?<!\\)<([^>\n]*)>?/g)) {
    const inner = m[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(inner)) {
      if (!ALLOWED_LINK.test(inner)) out.push(`${what}: autolink to ${inner}`);
    } else if (/^[A-Za-z/!?]/.test(inner)) out.push(`${what}: HTML <${inner.slice(0, 30)}>`);
  }
  const targets = [
    ...[...prose.matchAll(/\]\(\s*<?([^)\s>]*)/g)].map((m) => m[1]),
    ...[...prose.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?\s*$/gm)].map((m) => m[1]),
    ...[...prose.matchAll(/(?<![(<])\b(?:https?|ftp|file|mailto|command|javascript|vscode):[^\s)>]*/gi)].map((m) => m[0]),
  ];
  for (const t of targets) if (!ALLOWED_LINK.test(t)) out.push(`${what}: link to ${JSON.stringify(t.slice(0, 60))}`);
  return out;
}

/** Every feature at the given offsets: spans inside the text, LSP's shape rules, untrusted Markdown. */
export function featureIssues(service: ResolutionService, failures: string[], doc: ResolutionDoc, at: readonly number[]): string[] {
  failures.length = 0;
  const text = doc.text;
  const out: string[] = [];
  for (const l of service.links(doc)) {
    out.push(...spanIssues(text, l.span, 'link'));
    if (!ALLOWED_LINK.test(l.target)) out.push(`link target ${l.target}`);
  }
  const symbol = (s: ReturnType<ResolutionService['symbols']>[number], path: string): void => {
    out.push(...spanIssues(text, s.span, `symbol ${path}`), ...spanIssues(text, s.selection, `symbol ${path} selection`));
    if (!inside(s.span, s.selection)) out.push(`symbol ${path}: selection outside its range`);
    s.children.forEach((c, i) => symbol(c, `${path}/${i}`));
  };
  service.symbols(doc).forEach((s, i) => symbol(s, String(i)));
  for (const f of service.folding(doc)) out.push(...spanIssues(text, f.span, 'folding'));
  for (const o of at) {
    const h = service.hover(doc, o);
    if (h) {
      out.push(...spanIssues(text, h.span, `hover @${o}`), ...markdownIssues(h.markdown, `hover @${o}`));
      if (h.span.start > o || o > h.span.end) out.push(`hover @${o}: range [${h.span.start}, ${h.span.end}) does not hold the cursor`);
    }
    for (const c of service.complete(doc, o)) {
      const what = `completion "${c.label}" @${o}`;
      out.push(...spanIssues(text, c.replace, what), ...markdownIssues(c.documentation ?? '', what));
      if (c.replace.start > o || o > c.replace.end) out.push(`${what}: replaced range [${c.replace.start}, ${c.replace.end}) does not hold the cursor`);
      if (/[\r\n]/.test(text.slice(c.replace.start, c.replace.end))) out.push(`${what}: replaced range spans lines`);
    }
    for (const s of service.definition(doc, o)) out.push(...spanIssues(text, s, `definition @${o}`));
    for (const s of service.references(doc, o, true)) out.push(...spanIssues(text, s, `references @${o}`));
    const r = service.prepareRename(doc, o);
    if (r) {
      out.push(...spanIssues(text, r, `prepareRename @${o}`));
      const edits = service.rename(doc, o, 'XYZ');
      if (edits) out.push(...editIssues(text, edits, `rename @${o}`));
    }
  }
  return [...failures, ...out];
}

/** Applies edits (valid and non-overlapping) from the end backwards. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** Where an offset lands after the edits; inside a replaced range it goes to the range's start or end. */
export function mapOffset(offset: number, edits: readonly TextEdit[], side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    const grows = e.newText.length - (e.span.end - e.span.start);
    if (e.span.end < offset || (e.span.end === offset && (side === 'end' || e.span.start < offset))) shift += grows;
    else if (e.span.start < offset) return side === 'start' ? e.span.start + shift : e.span.end + shift + grows;
  }
  return offset + shift;
}

/** A snippet's text as the editor inserts it before the drafter fills the tab stops. */
export function expandSnippet(s: string): string {
  return s.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

const touches = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

/**
 * The errors after an edit that were not there before: an error counts as old when one of
 * the same code was at the same place (its span mapped through the edits) or had the same
 * message, so a message that changes with the text (a number, a word) is not "new".
 */
export function newErrors(before: readonly Diagnostic[], after: readonly Diagnostic[], edits: readonly TextEdit[]): Diagnostic[] {
  const old = before
    .filter((x) => x.severity === 'error')
    .map((x) => ({ d: x, at: { start: mapOffset(x.span.start, edits, 'start'), end: mapOffset(x.span.end, edits, 'end') }, used: false }));
  // Same place first, then same message, so one old error cannot hide two new ones.
  const left = after.filter((x) => x.severity === 'error');
  const passes: ((o: (typeof old)[number], x: Diagnostic) => boolean)[] = [(o, x) => touches(o.at, x.span), (o, x) => o.d.message === x.message];
  for (const matches of passes) {
    for (let i = left.length - 1; i >= 0; i--) {
      const o = old.find((c) => !c.used && c.d.code === left[i].code && matches(c, left[i]));
      if (o) {
        o.used = true;
        left.splice(i, 1);
      }
    }
  }
  return left;
}

/** The kinds of the paragraphs in order: what the parser made of the text. */
const shape = (doc: ResolutionDoc) => doc.all.map((p) => p.kind).join(' ');

/**
 * Applies one fix and re-checks: its own finding gone and no error that was not there before;
 * with 'unless-restructured', new errors count only if the parser still reads the same paragraphs
 * (on random drafts a comma for a full stop can join a lower-case block to the paragraph).
 */
export function fixIssues(
  service: ResolutionService,
  failures: string[],
  text: string,
  format: SourceFormat,
  d: Diagnostic,
  fix: Fix,
  opts: { newErrors?: 'always' | 'unless-restructured' } = {},
): string[] {
  const what = `${d.code} @${d.span.start} fix "${fix.title}"`;
  const edits = fix.snippet ? fix.edits.map((e) => ({ span: e.span, newText: expandSnippet(e.newText) })) : fix.edits;
  const bad = editIssues(text, edits, what);
  // A command (adding a word to the glossary) acts on the settings, not the text.
  if (bad.length || fix.command) return bad;
  const parsed = parse(text, format);
  const before = service.diagnostics(parsed);
  const fixed = applyTextEdits(text, edits);
  const after = analysisIssues(service, failures, fixed, format);
  if (after.issues.length) return after.issues.map((i) => `${what}, then: ${i}`);
  const out: string[] = [];
  const was = { start: mapOffset(d.span.start, edits, 'start'), end: mapOffset(d.span.end, edits, 'end') };
  // Its own finding: the same rule at the same place, with the same message or over the same words
  // (a fix may insert a name that holds another acronym; that is a finding of its own).
  const words = text.slice(d.span.start, d.span.end);
  const same = (x: Diagnostic) => x.code === d.code && (x.span.start === was.start || overlap(x.span, was)) && (x.message === d.message || fixed.slice(x.span.start, x.span.end) === words);
  if (after.diagnostics.some(same)) out.push(`${what}: the finding is still there`);
  if (opts.newErrors === 'unless-restructured' && shape(parsed) !== shape(after.doc)) return out;
  for (const x of newErrors(before, after.diagnostics, edits)) out.push(`${what}: new error ${x.code}: ${x.message} at ${JSON.stringify(fixed.slice(Math.max(0, x.span.start - 20), x.span.end + 5))}`);
  return out;
}

function paragraphIssues(doc: ResolutionDoc, p: Paragraph, what: string): string[] {
  const text = doc.text;
  const out = [...spanIssues(text, p.span, what), ...p.segments.flatMap((s, i) => spanIssues(text, s, `${what} segment ${i}`))];
  p.segments.forEach((s, i) => {
    if (s.start < p.span.start || s.end > p.span.end) out.push(`${what}: segment ${i} outside the paragraph`);
    if (i > 0 && s.start < p.segments[i - 1].end) out.push(`${what}: segments out of order`);
  });
  if (p.label) {
    out.push(...spanIssues(text, p.label.span, `${what} label`));
    if (p.label.span.start < p.span.start || p.label.span.end > p.span.end) out.push(`${what}: label outside the paragraph`);
  }
  const c = p.clean;
  let prev = -1;
  for (let i = 0; i <= c.text.length; i++) {
    const o = c.sourceOffset(i);
    if (o < p.span.start || o > p.span.end) {
      out.push(`${what}: clean character ${i} maps to ${o}, outside [${p.span.start}, ${p.span.end}]`);
      break;
    }
    if (o < prev) {
      out.push(`${what}: clean map goes backwards at ${i}`);
      break;
    }
    prev = o;
  }
  if (p.bodyStart < 0 || p.bodyStart > c.text.length) out.push(`${what}: bodyStart ${p.bodyStart} outside the clean text`);
  if (p.opener && (p.opener.start < 0 || p.opener.end > c.text.length || p.opener.end <= p.opener.start)) out.push(`${what}: opener ${JSON.stringify(p.opener)}`);
  for (const r of c.italics) if (r.start < 0 || r.end > c.text.length || r.end < r.start) out.push(`${what}: italic run ${JSON.stringify(r)}`);
  return out;
}

/** The document model: paragraphs, segments, labels and clean-text maps inside the text, in order, nothing lost. */
export function modelIssues(doc: ResolutionDoc): string[] {
  const text = doc.text;
  const out: string[] = [];
  doc.all.forEach((p, i) => out.push(...paragraphIssues(doc, p, `${p.kind} #${i}`)));
  // Document order, no two paragraphs over the same characters.
  const segs = doc.all.flatMap((p, i) => p.segments.map((s) => ({ ...s, i }))).sort((a, b) => a.start - b.start);
  for (let k = 1; k < segs.length; k++) if (segs[k].start < segs[k - 1].end) out.push(`paragraphs #${segs[k - 1].i} and #${segs[k].i} overlap`);
  if (new Set(doc.all).size !== doc.all.length) out.push('a paragraph is listed twice');
  for (const s of doc.comments) out.push(...spanIssues(text, s, 'comment'));
  // Nothing is lost: every visible character is in a paragraph or a comment.
  const covered = new Uint8Array(text.length + 1);
  for (const s of [...segs, ...doc.comments]) covered.fill(1, s.start, s.end);
  const lost = [...text.matchAll(/[^\s\u200b]/g)].find((m) => !covered[m.index]);
  if (lost) out.push(`character ${JSON.stringify(lost[0])} at ${lost.index} belongs to no paragraph`);
  return out;
}
