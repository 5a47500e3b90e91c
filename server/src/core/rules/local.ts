// Rules that read each paragraph alone (LocalPart). After an edit, what they found in a paragraph
// that is unchanged (syntax/alignment.ts) is moved to where the paragraph now stands, and only the
// paragraphs that changed are read again: on a long draft a keystroke changes one paragraph.
import type { Alignment } from '../syntax/alignment';
import type { Paragraph, ResolutionDoc } from '../syntax/model';
import { shiftSpan } from '../text/span';
import type { Finding, LocalPart, Rule, RuleContext } from './types';

/**
 * What a local part found in a version: the paragraphs with findings (by index in `doc.all`, in
 * order) and what it found there, and the paragraphs it set aside (not read).
 */
export interface Found {
  readonly at: readonly number[];
  readonly findings: readonly (readonly Finding[])[];
  readonly aside: readonly number[];
}

/** What was found in the version before, and which of its paragraphs each paragraph is. */
export interface Before extends Alignment {
  readonly found: Found;
}

/** A rule made of a local part: `check` reads every paragraph. */
export function localRule(rule: Omit<Rule, 'check' | 'local'> & LocalPart): Rule {
  const { code, defaultSeverity, description, inParagraph, aside, rest, only } = rule;
  const local: LocalPart = { inParagraph, aside, rest, only };
  return { code, defaultSeverity, description, local, check: (ctx) => localFindings(local, ctx).findings };
}

const setAside = new WeakMap<ResolutionDoc, Map<LocalPart['aside'], { mask: Uint8Array; list: number[] }>>();

/** Which paragraphs (by index) `aside` sets apart: a few, looked up once per document and kind of rule. */
function asideOf(doc: ResolutionDoc, aside: NonNullable<LocalPart['aside']>): { mask: Uint8Array; list: number[] } {
  let byRule = setAside.get(doc);
  if (!byRule) setAside.set(doc, (byRule = new Map()));
  let found = byRule.get(aside);
  if (!found) {
    const mask = new Uint8Array(doc.all.length);
    const list: number[] = [];
    for (const p of aside(doc).keys()) {
      const i = doc.all.indexOf(p);
      if (i >= 0 && !mask[i]) list.push(i);
      if (i >= 0) mask[i] = 1;
    }
    byRule.set(aside, (found = { mask, list }));
  }
  return found;
}

const NO_ASIDE = { mask: undefined, list: [] as number[] };

/**
 * The findings of a local part in `ctx.doc`. With `before`, what was found in a paragraph that the
 * edit left alone is taken from there (moved if the edit came before it); only the paragraphs
 * between (and those set aside then but not now) are read.
 */
export function localFindings(part: LocalPart, ctx: RuleContext, before?: Before): { findings: Finding[]; found: Found } {
  const all: readonly Paragraph[] = ctx.doc.all;
  const { mask, list: aside } = part.aside ? asideOf(ctx.doc, part.aside) : NO_ASIDE;
  const hits: { i: number; f: readonly Finding[] }[] = [];
  const read = (i: number) => {
    if (mask?.[i]) return;
    const f = part.inParagraph(all[i], ctx);
    if (f.length) hits.push({ i, f });
  };
  if (!before) for (const i of part.only ? part.only(ctx.doc) : all.keys()) read(i);
  else {
    const { found, head, tail, offset, shift } = before;
    /** Where paragraph j of the version before stands now; -1 if the edit changed it. */
    const now = (j: number) => (j < head ? j : j + offset >= tail ? j + offset : -1);
    found.at.forEach((j, k) => {
      const i = now(j);
      if (i < 0 || mask?.[i]) return;
      const f = found.findings[k];
      hits.push({ i, f: j < head || shift === 0 ? f : f.map((x) => moveFinding(x, shift)) });
    });
    for (let i = head; i < tail; i++) read(i);
    // Set aside then, read now.
    for (const j of found.aside) {
      const i = now(j);
      if (i >= 0) read(i);
    }
    hits.sort((x, y) => x.i - y.i);
  }
  const findings: Finding[] = part.rest ? [...part.rest(ctx)] : [];
  for (const h of hits) for (const f of h.f) findings.push(f);
  return { findings, found: { at: hits.map((h) => h.i), findings: hits.map((h) => h.f), aside } };
}

/** A finding moved by delta: its span, its fixes' edits and its related spans. */
export function moveFinding(f: Finding, delta: number): Finding {
  const out: { -readonly [K in keyof Finding]: Finding[K] } = { ...f, span: shiftSpan(f.span, delta) };
  if (f.fixes) out.fixes = f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: shiftSpan(e.span, delta) })) }));
  if (f.related) out.related = f.related.map((r) => ({ ...r, span: shiftSpan(r.span, delta) }));
  return out;
}
