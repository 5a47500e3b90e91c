import { memo } from '../memo';
import type { Span } from '../text/span';
import { toLetter, toRoman } from './labels';
import type { Label, Paragraph, ResolutionDoc } from './model';
import { internalReferences, resolveItem, subParagraph } from './references';

/** bis, ter, ... in the order negotiators insert them. */
export const SUFFIXES = ['', 'bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies'];

export interface NumberingBreak {
  readonly paragraph: Paragraph;
  /** The label that breaks the sequence, in source offsets. */
  readonly span: Span;
  readonly message: string;
}

const suffixRank = (l: Label) => SUFFIXES.indexOf(l.suffix ?? '');
const show = (l: Label) => (l.style === 'number' ? l.raw : `(${l.raw})`);
const name = (value: number, style: Label['style'], suffix = '') =>
  style === 'number' ? `${value}${suffix ? ` ${suffix}` : ''}` : `(${style === 'letter' ? toLetter(value) : toRoman(value)})`;

/**
 * Every label that breaks its sequence: operative numbers (1, 2, 3 ..., "5 bis" after 5,
 * a restart at 1 allowed after a section marker) and each list of sub-paragraphs.
 */
export function numberingBreaks(doc: ResolutionDoc): readonly NumberingBreak[] {
  return memo(doc, 'syntax/numbering-breaks', () => {
    const out: NumberingBreak[] = [];
    let prev: Label | undefined;
    let prevPara: Paragraph | undefined;
    for (const p of doc.operative) {
      const l = p.label;
      if (!l) continue;
      const restart = prevPara !== undefined && l.value === 1 && !l.suffix && doc.sections.some((s) => s.span.start > prevPara!.span.start && s.span.start < p.span.start);
      const message = restart ? undefined : breakMessage(prev, l, 'operative paragraph');
      if (message) out.push({ paragraph: p, span: l.span, message });
      prev = l;
      prevPara = p;
    }
    const visit = (p: Paragraph) => {
      walkList(p, (c, prev) => {
        const message = breakMessage(prev, c.label!, 'sub-paragraph');
        if (message) out.push({ paragraph: c, span: c.label!.span, message });
      });
      p.children.forEach(visit);
    };
    doc.operative.forEach(visit);
    doc.preamble.forEach(visit);
    return out;
  });
}

/**
 * Walks the labelled children of a paragraph, one sequence per style: a list led by romans
 * "(i)", "(ii)" may hold letters between them, and text between items ("Stabilisation",
 * "– To provide ...") does not end a list. After such an interruption a list may restart at 1.
 * `prev` is the previous label of the same style; `k` the position the label should have.
 */
function walkList(p: Paragraph, each: (c: Paragraph, prev: Label | undefined, k: number) => void): void {
  if (!p.children.length) return;
  const last = new Map<Label['style'], { label: Label; k: number }>();
  const interrupted = new Set<Label['style']>();
  for (const c of p.children) {
    const l = c.label;
    if (!l) {
      for (const st of last.keys()) interrupted.add(st);
      continue;
    }
    let prev = last.get(l.style);
    if (prev && l.value === 1 && interrupted.has(l.style)) prev = undefined;
    const k = prev ? prev.k + 1 : 1;
    each(c, prev?.label, k);
    last.set(l.style, { label: l, k });
    interrupted.delete(l.style);
    for (const st of last.keys()) if (st !== l.style) interrupted.add(st);
  }
}

function breakMessage(prev: Label | undefined, l: Label, what: string): string | undefined {
  const style = l.style;
  if (!prev) {
    if (l.value === 1 && !l.suffix) return undefined;
    return `The ${what}s start at ${show(l)}: the first is ${name(1, style)}.`;
  }
  if (l.value === prev.value + 1 && !l.suffix) return undefined;
  if (l.value === prev.value && suffixRank(l) === suffixRank(prev) + 1) return undefined;
  if (l.value === prev.value && suffixRank(l) > suffixRank(prev)) {
    return `${show(l)} follows ${show(prev)}: ${name(prev.value, style, SUFFIXES[suffixRank(prev) + 1])} is missing.`;
  }
  if (l.value === prev.value + 1 && l.suffix) return `${show(l)} follows ${show(prev)}: there is no ${name(l.value, style)}.`;
  if (l.value === prev.value && suffixRank(l) === suffixRank(prev)) return `${show(l)} is numbered twice: this one should be ${name(l.value + 1, style)}.`;
  if (l.value > prev.value + 1) {
    const missing = l.value === prev.value + 2 ? name(prev.value + 1, style) : `${name(prev.value + 1, style)} to ${name(l.value - 1, style)}`;
    return `The numbering jumps from ${show(prev)} to ${show(l)}: ${missing} ${l.value === prev.value + 2 ? 'is' : 'are'} missing.`;
  }
  return `${show(l)} comes after ${show(prev)}: ${what}s are numbered in order, this one should be ${name(prev.value + 1, style)}.`;
}

export interface Edit {
  readonly span: Span;
  readonly newText: string;
}

/**
 * Renumbers the operative paragraphs (restarting at 1 where a section already did) and every
 * list of sub-paragraphs, and rewrites the internal references to them ("paragraph 7 above",
 * "paragraph 6 (b)") in the same edit. "5 bis" keeps its suffix after the renumbered 5.
 */
export function renumberEdits(doc: ResolutionDoc): Edit[] {
  const edits: Edit[] = [];
  const newRaw = new Map<Paragraph, string>();
  let n = 0;
  let rank = 0;
  let prevPara: Paragraph | undefined;
  for (const p of doc.operative) {
    const l = p.label;
    if (!l) continue;
    const restart = prevPara !== undefined && l.value === 1 && !l.suffix && doc.sections.some((s) => s.span.start > prevPara!.span.start && s.span.start < p.span.start);
    if (restart) n = 0;
    // An insert keeps its place after the paragraph it follows, with its suffix put in order;
    // "5 bis" with nothing before it is a paragraph of its own and loses the suffix.
    if (l.suffix && n > 0) rank = Math.min(rank + 1, SUFFIXES.length - 1);
    else {
      n++;
      rank = 0;
    }
    newRaw.set(p, rank ? `${n} ${SUFFIXES[rank]}` : String(n));
    prevPara = p;
  }
  const visit = (p: Paragraph) => {
    walkList(p, (c, _prev, k) => newRaw.set(c, c.label!.style === 'number' ? String(k) : c.label!.style === 'letter' ? toLetter(k) : toRoman(k)));
    p.children.forEach(visit);
  };
  doc.operative.forEach(visit);
  doc.preamble.forEach(visit);

  for (const [p, raw] of newRaw) {
    const l = p.label!;
    if (l.raw !== raw) edits.push({ span: l.span, newText: raw });
  }
  for (const ref of internalReferences(doc)) {
    for (const item of ref.items) {
      const top = resolveItem(doc, { ...item, subs: [] }, ref.from);
      if (!top) continue;
      const raw = newRaw.get(top);
      const written = item.suffix ? `${item.value} ${item.suffix}` : String(item.value);
      if (item.numberSpan && raw && raw !== written) edits.push({ span: item.numberSpan, newText: raw });
      let holder = top;
      let siblings: readonly Paragraph[] | undefined;
      for (let i = 0; i < item.subs.length; i++) {
        const child = subParagraph(holder, item.subs[i], siblings);
        if (!child) break;
        const r = newRaw.get(child);
        if (i >= item.inherited && r && r !== item.subs[i]) edits.push({ span: item.subSpans[i - item.inherited], newText: r });
        siblings = child.level === holder.level ? siblings : holder.children;
        holder = child;
      }
    }
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}
