import { cleanSegments, type CleanText } from '../text/clean-text';
import { LineIndex } from '../text/line-index';
import type { Span } from '../text/span';
import { splitBlocks, type Block } from './blocks';
import { parseLabel, placeSub } from './labels';
import type { Annex, Label, Organ, Paragraph, ParagraphKind, ResolutionDoc, SourceFormat } from './model';

const OPENING = /^\s*The\s+(Security Council|General Assembly)\s*[,:]?\s*$/i;
const ANNEX = /^(?:Annex(?:es)?|Appendix|Enclosure)(?:\s+(?:[IVXL]+|[A-Z]|\d+))?\b(?:\s*[-–—:]\s*.{0,120}|\s+to\s+.{0,120})?$/;
const FOOTNOTE_DEF = /^\s*\[\^[^\]]+\]:/;
const FOOTER = /^\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\b.{0,40}$/i;
const DRAFT_MASTHEAD = /:\s*(?:revised\s+)?draft resolution\b|^draft resolution$/i;

/** Parses a draft into its parts. Never throws: whatever it cannot place becomes text. */
export function parse(text: string, format: SourceFormat = 'markdown'): ResolutionDoc {
  const lines = new LineIndex(text);
  const blocks = splitBlocks(text, lines);
  const b = new Builder(text);
  const comments: Span[] = [];
  const content = blocks.filter((blk) => {
    if (blk.comment) comments.push(blk.span);
    return !blk.comment;
  });
  const cleaned = content.map((blk) => cleanSegments(text, [blk.span]));
  const openingAt = findOpening(cleaned);
  const bodyStart = openingAt >= 0 ? openingAt + 1 : findBodyStart(cleaned);

  let organ: Organ | undefined;
  let state: 'preamble' | 'operative' | 'annex' = 'preamble';
  for (let i = 0; i < content.length; i++) {
    const blk = content[i];
    const clean = cleaned[i];
    if (i < bodyStart) {
      if (i === openingAt) {
        b.opening = b.make('opening', [blk.span], clean);
        organ = /security/i.test(clean.text) ? 'SC' : 'GA';
      } else b.heading.push(b.make('heading', [blk.span], clean));
      continue;
    }
    if (i === openingAt) continue;
    const t = clean.text.trim();
    if (ANNEX.test(t)) {
      state = 'annex';
      const title = b.make('annex-title', [blk.span], clean);
      b.annexes.push({ title, body: [], span: blk.span });
      continue;
    }
    if (state === 'annex') {
      const annex = b.annexes[b.annexes.length - 1];
      annex.body.push(b.make('annex-body', [blk.span], clean));
      (annex as { span: Span }).span = { start: annex.span.start, end: blk.span.end };
      continue;
    }
    if (FOOTNOTE_DEF.test(text.slice(blk.span.start, blk.span.end))) {
      b.footnotes.push(b.make('footnote', [blk.span], clean));
      continue;
    }
    if (FOOTER.test(t)) {
      b.footer.push(b.make('footer', [blk.span], clean));
      continue;
    }
    if (b.continues(blk, clean)) continue;
    const label = parseLabel(clean.text);
    if (label?.style === 'number') {
      state = 'operative';
      b.addTop('operative', blk, label);
    } else if (label && b.current) {
      b.addSub(blk, label);
    } else if (state === 'preamble') {
      b.addTop('preambular', blk);
    } else if (looksLikeHeading(t)) {
      b.addTop('subheading', blk);
    } else {
      b.addTop('text', blk);
    }
  }
  if (!organ) organ = organFromHeading(b.heading);
  const doc: ResolutionDoc = {
    text,
    format,
    lines,
    organ,
    isDraft: b.heading.some((p) => DRAFT_MASTHEAD.test(p.clean.text.trim())),
    heading: b.heading,
    opening: b.opening,
    preamble: b.preamble,
    operative: b.operative,
    subheadings: b.subheadings,
    annexes: b.annexes,
    footnotes: b.footnotes,
    footer: b.footer,
    comments,
    all: [],
  };
  collect(doc);
  return doc;
}

/** Mutable state while paragraphs are placed. */
class Builder {
  heading: Paragraph[] = [];
  opening?: Paragraph;
  preamble: Paragraph[] = [];
  operative: Paragraph[] = [];
  subheadings: Paragraph[] = [];
  annexes: Annex[] = [];
  footnotes: Paragraph[] = [];
  footer: Paragraph[] = [];
  /** The top-level paragraph that sub-paragraphs attach to. */
  current?: Paragraph;
  /** The last paragraph placed (top-level or sub), which a page break may continue. */
  last?: Paragraph;
  private lastLevel1?: Paragraph;

  constructor(private readonly text: string) {}

  make(kind: ParagraphKind, segments: Span[], clean?: CleanText, label?: Label, level = 0, index = 0): Paragraph {
    const c = clean ?? cleanSegments(this.text, segments);
    const bodyStart = label ? skipLabel(c.text) : leadingSpace(c.text);
    return {
      kind,
      span: { start: segments[0].start, end: segments[segments.length - 1].end },
      segments,
      clean: c,
      label: label && { ...label, span: c.toSource(label.span) },
      bodyStart,
      opener: findOpener(c, bodyStart),
      level,
      children: [],
      index,
    };
  }

  addTop(kind: 'preambular' | 'operative' | 'subheading' | 'text', blk: Block, label?: Label): void {
    const list = kind === 'preambular' ? this.preamble : kind === 'operative' ? this.operative : this.subheadings;
    const holder = kind === 'text' && this.current ? this.current.children : list;
    const p = this.make(kind, [blk.span], undefined, label, 0, holder.length);
    holder.push(p);
    if (kind === 'preambular' || kind === 'operative') {
      this.current = p;
      this.lastLevel1 = undefined;
    }
    this.last = p;
  }

  addSub(blk: Block, label: Label): void {
    const { level, label: placed } = placeSub(label, this.lastLevel1);
    const container = level === 2 ? this.lastLevel1! : this.current!;
    const p = this.make('subparagraph', [blk.span], undefined, placed, level, container.children.length);
    container.children.push(p);
    if (level === 1) this.lastLevel1 = p;
    this.last = p;
  }

  /** A page break inside a sentence: the block starts in lower case and the last paragraph had not ended. */
  continues(blk: Block, clean: CleanText): boolean {
    const last = this.last;
    if (!last || !/^[a-z]/.test(clean.text.trimStart())) return false;
    if (/^\((?:[a-z]{1,3}|[ivxlc]+)\)\s/.test(clean.text.trimStart())) return false;
    if (/[;:.]\s*$/.test(last.clean.text)) return false;
    const segments = [...last.segments, blk.span];
    const merged = this.make(last.kind, segments, undefined, last.label && { ...last.label, span: relabel(last) }, last.level, last.index);
    merged.children.push(...last.children);
    this.replace(last, merged);
    return true;
  }

  private replace(old: Paragraph, next: Paragraph): void {
    for (const list of [this.preamble, this.operative, this.subheadings]) {
      const at = list.indexOf(old);
      if (at >= 0) list[at] = next;
    }
    for (const holder of [this.current, this.lastLevel1]) {
      const at = holder ? holder.children.indexOf(old) : -1;
      if (holder && at >= 0) holder.children[at] = next;
    }
    if (this.current === old) this.current = next;
    if (this.lastLevel1 === old) this.lastLevel1 = next;
    this.last = next;
  }
}

/** The label span of a paragraph, back in clean offsets (labels are stored in source offsets). */
function relabel(p: Paragraph): Span {
  const l = p.label!;
  return { start: p.clean.fromSource(l.span.start), end: p.clean.fromSource(l.span.end) };
}

function findOpening(cleaned: CleanText[]): number {
  for (let i = 0; i < cleaned.length && i < 60; i++) {
    if (OPENING.test(cleaned[i].text)) return i;
  }
  return -1;
}

/** Without an opening line, the body starts at the first block that reads like a paragraph. */
function findBodyStart(cleaned: CleanText[]): number {
  for (let i = 0; i < cleaned.length; i++) {
    const t = cleaned[i].text.trim();
    if (parseLabel(t)?.style === 'number') return i;
    if (t.length > 40 && /[,;:.]$/.test(t) && !/^Adopted by/i.test(t)) return i;
  }
  return cleaned.length;
}

function organFromHeading(heading: Paragraph[]): Organ | undefined {
  for (const p of heading) {
    if (/Security Council/.test(p.clean.text)) return 'SC';
    if (/General Assembly/.test(p.clean.text)) return 'GA';
  }
  return undefined;
}

function looksLikeHeading(t: string): boolean {
  return t.length > 0 && t.length <= 120 && !/[,;:.]$/.test(t) && /^[A-Z"“(]/.test(t);
}

function skipLabel(text: string): number {
  const m = /^\s*(?:\d{1,3}(?:\s*(?:bis|ter|quater|quinquies|sexies|septies|octies))?\s*\.|\((?:[a-z]{1,3}|[ivxlc]+)\))\s*/.exec(text);
  return m ? m[0].length : leadingSpace(text);
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

/** The italic run at the start of the body, else the first word. */
function findOpener(c: CleanText, bodyStart: number): Span | undefined {
  const t = c.text;
  if (bodyStart >= t.length) return undefined;
  const run = c.italics.find((r) => r.start <= bodyStart && r.end > bodyStart) ?? c.italics.find((r) => r.start === bodyStart);
  if (run) {
    let end = run.end;
    while (end > bodyStart && /[\s,;:.]/.test(t[end - 1])) end--;
    if (end > bodyStart) return { start: bodyStart, end };
  }
  const m = /^[A-Za-z][A-Za-z'’-]*/.exec(t.slice(bodyStart));
  return m ? { start: bodyStart, end: bodyStart + m[0].length } : undefined;
}

function collect(doc: ResolutionDoc): void {
  const all = doc.all;
  const walk = (p: Paragraph) => {
    all.push(p);
    p.children.forEach(walk);
  };
  [...doc.heading, ...(doc.opening ? [doc.opening] : [])].forEach(walk);
  const body = [...doc.preamble, ...doc.operative, ...doc.subheadings].sort((a, b) => a.span.start - b.span.start);
  body.forEach(walk);
  for (const a of doc.annexes) {
    walk(a.title);
    a.body.forEach(walk);
  }
  [...doc.footnotes, ...doc.footer].forEach(walk);
}
