import { nextGeneration } from '../memo';
import { keepShape } from '../shapes';
import { matchPhrase } from '../phrases/match';
import { opensPreambular, operativeVerbForm } from '../phrases/grammar';
import { cleanSegments, defineFact, settleVersion, type CleanText } from '../text/clean-text';
import { LineIndex } from '../text/line-index';
import type { Span } from '../text/span';
import { splitBlocks, type Block } from './blocks';
import { parseLabel, placeSub } from './labels';
import type { Annex, Label, Organ, Paragraph, ParagraphKind, ResolutionDoc, SourceFormat } from './model';

const OPENING = /^\s*(?:<u>)?The\s+(Security Council|General Assembly)\s*(?:<\/u>)?\s*[,:]?\s*$/i;
const ANNEX = /^(?:Annex(?:es)?|Appendix|Enclosure)(?:\s+(?:[IVXL]+|[A-Z]|\d+))?\b(?:\s*[-–—:]\s*.{0,120}|\s+to\s+.{0,120})?$/;
const FOOTNOTE_DEF = /^\s*\[\^[^\]]+\]:/;
const FOOTER = /^\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\b.{0,40}$/i;
const DRAFT_MASTHEAD = /:\s*(?:revised\s+)?draft resolution\b|^draft resolution$|^S\/\d{4}\/\d+(?:\/Rev\.\d+)?$/i;
/** "I", "II", "B": a line that opens a part of an omnibus text. */
const SECTION = /^(?:[IVXL]{1,6}|[A-Z])\.?$/;
/** "13 *Urges*": a paragraph number whose full stop was forgotten. */
/** "Abbreviations: ...", "Note: ...": an explanatory note under a table or a heading, not a paragraph of the text. */
const NOTE = /^(?:Abbreviations?|Notes?|Sources?)\s*:/;
const ADOPTS_FOLLOWING = /^\[?(?:Adopts|Approves|Endorses|Proclaims|Decides to adopt)\b[^:;]{0,300}\bthe following\b[^:;]{0,300}:$/;
const BARE_NUMBER = /^(\s*\[?\s*)(\d{1,3})(?=\s+[*\[A-Z])/;

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
        organ = openingOrgan(clean);
      } else b.heading.push(b.make('heading', [blk.span], clean));
      continue;
    }
    if (i === openingAt) continue;
    // "*Adopts* the following Pact for the Future and its annexes:" then the Pact's title and its
    // own numbered paragraphs (A/RES/79/1, A/RES/70/1): the resolution's one operative paragraph,
    // and the text it adopts, read as an annex.
    if (state === 'preamble' && !b.operative.length && adoptsFollowing(clean) && opensAdoptedText(cleaned, i + 1)) {
      b.addTop('operative', blk, clean);
      state = 'annex';
      const next = content[++i];
      b.annexes.push({ title: b.make('annex-title', [next.span], cleaned[i]), body: [], span: next.span });
      continue;
    }
    // "3rd plenary meeting" closes the resolution, even after a text it adopts.
    if (isFooter(clean)) {
      b.footer.push(b.make('footer', [blk.span], clean));
      continue;
    }
    if (isAnnex(clean)) {
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
    if (isFootnote(clean)) {
      b.footnotes.push(b.make('footnote', [blk.span], clean));
      continue;
    }
    if (isSection(clean)) {
      b.addTop('subheading', blk, clean);
      b.sections.push(b.last!);
      b.current = undefined;
      state = 'preamble';
      continue;
    }
    if (b.last && b.sections.includes(b.last) && !endsLikeParagraph(clean) && !labelOf(clean)) {
      b.addTop('subheading', blk, clean);
      continue;
    }
    if (b.continues(blk, clean)) continue;
    if (isNote(clean)) {
      b.addTop('text', blk, clean);
      continue;
    }
    const label = labelOf(clean) ?? b.bareNumber(clean);
    if (label?.style === 'number' && b.opensNumberedList(label, clean)) {
      b.addSub(blk, clean, label);
    } else if (label?.style === 'number') {
      state = 'operative';
      b.addTop('operative', blk, clean, label);
    } else if (label && b.current) {
      b.addSub(blk, clean, label);
    } else if (state === 'preamble' && looksLikeHeading(clean) && (isBold(clean) || !opensPreambularFact(clean))) {
      b.addTop('subheading', blk, clean);
    } else if (state === 'preamble') {
      b.addTop('preambular', blk, clean);
    } else if (looksLikeHeading(clean)) {
      b.addTop('subheading', blk, clean);
    } else {
      b.addTop('text', blk, clean);
    }
  }
  b.promoteLoneOperatives();
  if (!organ) organ = organFromHeading(b.heading);
  const doc = resolutionDoc({
    text,
    format,
    lines,
    organ,
    isDraft: b.heading.some((p) => isMasthead(p.clean)),
    heading: b.heading,
    opening: b.opening,
    preamble: b.preamble,
    operative: b.operative,
    subheadings: b.subheadings,
    sections: b.sections,
    annexes: b.annexes,
    footnotes: b.footnotes,
    footer: b.footer,
    comments,
    all: [],
  });
  collect(doc);
  settleVersion(text);
  nextGeneration();
  return doc;
}

/**
 * Every model is made here, in one shape: a spread copy (`{ ...previous, text }`) has another hidden
 * class, and the code optimised for the models of parses was thrown away for the first moved ones
 * (`reparse`), as "wrong map", keystroke after keystroke until it had seen both.
 */
export function resolutionDoc(d: ResolutionDoc): ResolutionDoc {
  return {
    text: d.text,
    format: d.format,
    lines: d.lines,
    organ: d.organ,
    isDraft: d.isDraft,
    heading: d.heading,
    opening: d.opening,
    preamble: d.preamble,
    operative: d.operative,
    subheadings: d.subheadings,
    sections: d.sections,
    annexes: d.annexes,
    footnotes: d.footnotes,
    footer: d.footer,
    comments: d.comments,
    all: d.all,
  };
}

/** Mutable state while paragraphs are placed. */
class Builder {
  heading: Paragraph[] = [];
  opening?: Paragraph;
  preamble: Paragraph[] = [];
  operative: Paragraph[] = [];
  subheadings: Paragraph[] = [];
  sections: Paragraph[] = [];
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
    return makeParagraph(kind, segments, clean ?? cleanSegments(this.text, segments), label, level, index);
  }

  addTop(kind: 'preambular' | 'operative' | 'subheading' | 'text', blk: Block, clean: CleanText, label?: Label): void {
    const list = kind === 'preambular' ? this.preamble : kind === 'operative' ? this.operative : this.subheadings;
    const holder = kind === 'text' && this.current ? this.current.children : list;
    const p = this.make(kind, [blk.span], clean, label, 0, holder.length);
    holder.push(p);
    if (kind === 'preambular' || kind === 'operative') {
      this.current = p;
      this.lastLevel1 = undefined;
    }
    this.last = p;
  }

  addSub(blk: Block, clean: CleanText, label: Label): void {
    const { level, label: placed } = placeSub(label, this.lastLevel1, this.current!.children);
    const container = level === 2 ? this.lastLevel1! : this.current!;
    const p = this.make('subparagraph', [blk.span], clean, placed, level, container.children.length);
    container.children.push(p);
    if (level === 1) this.lastLevel1 = p;
    this.last = p;
  }

  /** "13 Urges" right after paragraph 12: the number, though its full stop is missing. */
  bareNumber(clean: CleanText): Label | undefined {
    const bare = bareNumberOf(clean);
    const prev = this.operative[this.operative.length - 1]?.label;
    if (!bare || !prev || bare.value !== prev.value + 1) return undefined;
    return bare;
  }

  /**
   * "1.", "2.", "3." under an operative paragraph that ends with a colon, where the operative
   * numbering would go on with the next number and the items do not open with an operative verb:
   * a numbered list of sub-paragraphs.
   */
  opensNumberedList(label: Label, clean: CleanText): boolean {
    const cur = this.current;
    if (!cur || cur.kind !== 'operative' || !cur.label || label.suffix) return false;
    // "7. Decides ...": a paragraph that opens with an operative verb is an operative paragraph.
    if (opensOperativeFact(clean)) return false;
    // A list once begun goes on while its numbers follow each other, even past the next operative number.
    const lastSub = cur.children[cur.children.length - 1];
    if (lastSub?.label?.style === 'number') return label.value === lastSub.label.value + 1;
    if (label.value === cur.label.value + 1) return false;
    return label.value === 1 && !cur.children.length && endsWithColon(cur.clean);
  }

  /**
   * A resolution (or a section of an omnibus text) with a single operative paragraph leaves it
   * unnumbered ("Recommends to the General Assembly that ..."): in each part without a numbered
   * paragraph, the first paragraph that opens with an operative verb becomes its operative part,
   * and what follows it in that part (lists of names) its text.
   */
  promoteLoneOperatives(): void {
    const bounds = [...this.sections.map((s) => s.span.start), Infinity];
    let from = -Infinity;
    for (const to of bounds) {
      const inPart = (x: Paragraph) => x.span.start > from && x.span.start < to;
      if (!this.operative.some(inPart)) this.promoteIn(inPart);
      from = to;
    }
    this.operative.sort((a, b) => a.span.start - b.span.start);
  }

  private promoteIn(inPart: (x: Paragraph) => boolean): void {
    const at = this.preamble.findIndex((p) => inPart(p) && reads3rdPerson(p.clean, p.opener));
    if (at < 0) return;
    const p = this.preamble[at];
    const lone = this.make('operative', [...p.segments], p.clean);
    // Sub-paragraphs move with their paragraphs, or they would drop out of the document.
    lone.children.push(...p.children);
    const follows = (x: Paragraph) => inPart(x) && x.span.start > p.span.start;
    const rest = [...this.preamble.filter(follows), ...this.subheadings.filter((s) => follows(s) && !this.sections.includes(s))];
    rest.sort((a, b) => a.span.start - b.span.start);
    for (const r of rest) {
      const moved = this.make('text', [...r.segments], r.clean, undefined, 0, lone.children.length);
      moved.children.push(...r.children);
      lone.children.push(moved);
    }
    this.preamble = this.preamble.filter((x) => x !== p && !follows(x));
    this.subheadings = this.subheadings.filter((x) => !rest.includes(x));
    this.operative.push(lone);
  }

  /**
   * A page break inside a sentence (the block starts in lower case and the last paragraph had
   * not ended), or the rest of a negotiation bracket that the last paragraph opened.
   */
  continues(blk: Block, clean: CleanText): boolean {
    const last = this.last;
    // A section marker ("I", "II", "A") is a heading of its own, never a sentence broken by a page.
    if (!last || this.sections.includes(last)) return false;
    const head = continuation(clean);
    if (head.labelled) return false;
    const bracketed = head.closesBracket && leavesBracketOpen(last.clean);
    if (!bracketed) {
      if (!head.lowerCase) return false;
      if (endsClosed(last.clean)) return false;
    }
    const segments = [...last.segments, blk.span];
    const merged = this.make(last.kind, segments, undefined, last.label && placedLabel(last.label, relabel(last)), last.level, last.index);
    merged.children.push(...last.children);
    this.replace(last, merged);
    return true;
  }

  private replace(old: Paragraph, next: Paragraph): void {
    for (const list of [this.preamble, this.operative, this.subheadings]) replaceIn(list, old, next);
    for (const holder of [this.current, this.lastLevel1]) if (holder) replaceIn(holder.children, old, next);
    if (this.current === old) this.current = next;
    if (this.lastLevel1 === old) this.lastLevel1 = next;
    this.last = next;
  }
}

keepShape(new Builder(''));

/** Puts `to` where `from` stands in list, if it does. */
export function replaceIn(list: Paragraph[], from: Paragraph, to: Paragraph): void {
  const at = list.indexOf(from);
  if (at >= 0) list[at] = to;
}

/** A paragraph of these segments and clean text; `label` in clean offsets. */
export function makeParagraph(kind: ParagraphKind, segments: Span[], c: CleanText, label?: Label, level = 0, index = 0, children: Paragraph[] = []): Paragraph {
  const part = kind === 'preambular' ? 'preambular' : kind === 'operative' ? 'operative' : 'other';
  const { bodyStart, opener } = c.facts(OPENER_FACTS[part][label ? 1 : 0]);
  return {
    kind,
    span: { start: segments[0].start, end: segments[segments.length - 1].end },
    segments,
    clean: c,
    label: label && placedLabel(label, c.toSource(label.span)),
    bodyStart,
    opener,
    level,
    children,
    index,
  };
}

/** A label with another span, in one shape for every label (a spread meets several and is slow on every paragraph). */
export function placedLabel(l: Label, span: Span): Label {
  return { raw: l.raw, value: l.value, suffix: l.suffix, style: l.style, span };
}

/** The label span of a paragraph, back in clean offsets (labels are stored in source offsets). */
export function relabel(p: Paragraph): Span {
  const l = p.label!;
  return { start: p.clean.fromSource(l.span.start), end: p.clean.fromSource(l.span.end) };
}

function findOpening(cleaned: CleanText[]): number {
  for (let i = 0; i < cleaned.length && i < 60; i++) {
    if (openingOrgan(cleaned[i])) return i;
  }
  return -1;
}

/** Without an opening line, the body starts at the first block that reads like a paragraph. */
function findBodyStart(cleaned: CleanText[]): number {
  for (let i = 0; i < cleaned.length; i++) if (opensBody(cleaned[i])) return i;
  return cleaned.length;
}

function organFromHeading(heading: Paragraph[]): Organ | undefined {
  for (const p of heading) {
    const organ = namesOrgan(p.clean);
    if (organ) return organ;
  }
  return undefined;
}

/**
 * Facts about a block's words, kept with its clean text (CleanText.facts): the blocks of a long
 * draft are classified once, not on every keystroke. Blocks of the main loop are single blocks,
 * whose clean text carries their source text as key.
 */
const fact = <T>(compute: (c: CleanText) => T) => {
  const f = defineFact(compute);
  return (c: CleanText): T => c.facts(f);
};

const trimmed = fact((c) => c.text.trim());
const isAnnex = fact((c) => ANNEX.test(trimmed(c)));
const isFootnote = fact((c) => FOOTNOTE_DEF.test(c.key ?? c.text));
const isFooter = fact((c) => FOOTER.test(trimmed(c)));
const isSection = fact((c) => SECTION.test(trimmed(c)));
const isNote = fact((c) => NOTE.test(trimmed(c)));
const endsLikeParagraph = fact((c) => /[,;:.]$/.test(trimmed(c)));
const endsWithColon = fact((c) => /:\s*$/.test(c.text));
const endsClosed = fact((c) => /[;:.\]]\s*$/.test(c.text));
// Most texts have no bracket: the native search spares reading the paragraph char by char.
const leavesBracketOpen = fact((c) => c.text.includes('[') && bracketDepth(c.text) > 0);
const labelOf = fact((c) => parseLabel(c.text));
/** An unnumbered paragraph that adopts the text that follows it: "Adopts the following …:". */
export const adoptsFollowing = fact((c) => !labelOf(c) && ADOPTS_FOLLOWING.test(trimmed(c)));

/**
 * What follows such a paragraph is a text of its own: a title, then numbered paragraphs that do
 * not open with an operative verb ("1. We, the Heads of State …"). A title followed by "2. Decides"
 * is a sub-heading of the resolution's own operative part.
 */
function opensAdoptedText(cleaned: readonly CleanText[], at: number): boolean {
  const title = cleaned[at];
  const first = cleaned[at + 1];
  return !!title && !!first && looksLikeHeading(title) && labelOf(first)?.style === 'number' && !opensOperativeFact(first);
}
const opensOperativeFact = fact((c) => !!matchPhrase(c.text, skipLabel(c.text), 'operative'));
const opensPreambularFact = fact((c) => opensPreambular(c.text, leadingSpace(c.text)));
/** "13 Urges": a number without its full stop, in clean offsets (the parser checks it follows the last number). */
const bareNumberOf = fact((c): Label | undefined => {
  const m = BARE_NUMBER.exec(c.text);
  if (!m) return undefined;
  const start = m[1].length;
  return { raw: m[2], value: Number(m[2]), style: 'number', span: { start, end: start + m[2].length } };
});
/** How a block starts, for joining it to the paragraph a page break split. */
const continuation = fact((c) => {
  const head = c.text.trimStart();
  return {
    labelled: /^\[?\s*(?:\d{1,3}\b|\((?:[a-z]{1,3}|[ivxlc]+)\)\s)/.test(head),
    lowerCase: /^(?:\[|<u>)?[a-z]/.test(head),
    closesBracket: head.includes(']') && closesBracket(head),
  };
});

/** A block set wholly in bold: a heading, whatever its first word. */
const isBold = fact((c) => {
  const src = (c.key ?? '').trim();
  return src.length > 4 && src.startsWith('**') && src.endsWith('**');
});

const looksLikeHeading = fact((c) => {
  const t = trimmed(c);
  return t.length > 0 && t.length <= 120 && !/[,;:.]$/.test(t) && /^[A-Z"“(]/.test(t);
});

/** The organ an opening line ("The Security Council,") names; undefined for any other block. */
const openingOrgan = fact((c): Organ | undefined => (OPENING.test(c.text) ? (/security/i.test(c.text) ? 'SC' : 'GA') : undefined));
const opensBody = fact((c) => {
  const t = trimmed(c);
  return parseLabel(t)?.style === 'number' || (t.length > 40 && /[,;:.]$/.test(t) && !/^Adopted by/i.test(t));
});
const isMasthead = fact((c) => DRAFT_MASTHEAD.test(trimmed(c)));
const namesOrgan = fact((c): Organ | undefined => (/Security Council/.test(c.text) ? 'SC' : /General Assembly/.test(c.text) ? 'GA' : undefined));
/** The first preambular paragraph like this in a part without numbered paragraphs is its operative part (`promoteLoneOperatives`). */
const reads3rdPerson = (c: CleanText, opener?: Span) => !!opener && operativeVerbForm(c.text, opener.start) === 'third-person' && !opensPreambular(c.text, opener.start);
const promotable = fact((c) => reads3rdPerson(c, c.facts(OPENER_FACTS.preambular[0]).opener));
const labelKey = (l?: Label) => l && `${l.raw} ${l.value} ${l.suffix} ${l.style} ${l.span.start}-${l.span.end}`;

/**
 * Everything the placing of blocks reads of a block's words (the loop of `parse`, `findOpening`,
 * `findBodyStart`, the organ, the draft masthead, `promoteLoneOperatives`), as one string: a block
 * edited without changing it is placed as it was, in a model otherwise the same (`reparse`). A fact
 * the placing comes to read must be added here; `test/core/incremental.test.ts` compares the
 * models after random edits with cold parses.
 */
export const placement = fact((c) =>
  [
    openingOrgan(c),
    opensBody(c),
    isMasthead(c),
    namesOrgan(c),
    adoptsFollowing(c),
    looksLikeHeading(c),
    labelKey(labelOf(c)),
    labelKey(bareNumberOf(c)),
    opensOperativeFact(c),
    opensPreambularFact(c),
    isFooter(c),
    isAnnex(c),
    isFootnote(c),
    isSection(c),
    isNote(c),
    isBold(c),
    endsLikeParagraph(c),
    endsWithColon(c),
    endsClosed(c),
    leavesBracketOpen(c),
    JSON.stringify(continuation(c)),
    promotable(c),
  ].join('|'),
);

/** Where the body starts and what opens it, for a part and with or without a label. */
const openerFact = (part: 'preambular' | 'operative' | 'other', labelled: boolean) =>
  defineFact((c) => {
    const at = labelled ? skipLabel(c.text) : leadingSpace(c.text);
    return { bodyStart: at, opener: findOpener(c, at, part === 'other' ? undefined : part) };
  });

const OPENER_FACTS = {
  preambular: [openerFact('preambular', false), openerFact('preambular', true)],
  operative: [openerFact('operative', false), openerFact('operative', true)],
  other: [openerFact('other', false), openerFact('other', true)],
} as const;

function skipLabel(text: string): number {
  const m = /^\s*\[?\s*(?:\d{1,3}(?:\s*(?:bis|ter|quater|quinquies|sexies|septies|octies))?\s*\.?|\((?:[a-z]{1,3}|[ivxlc]+)\))\s*/.exec(text);
  return m ? m[0].length : leadingSpace(text);
}

/** Square brackets opened and not closed by the end of the text. */
function bracketDepth(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91) depth++;
    else if (c === 93 && depth > 0) depth--;
  }
  return depth;
}

/** The text closes a bracket opened before it. */
function closesBracket(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91) depth++;
    else if (c === 93 && --depth < 0) return true;
  }
  return false;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

const ALTERNATIVES = /^\[[^\]\n]{1,80}\/[^\]\n]{1,80}\]/;
const UNDERLINED = /^<u>([^<]{1,120})<\/u>/;
const FIRST_WORD = /^[A-Za-z][A-Za-z'’-]*/;

/**
 * The opening phrase: a bracketed alternative "[Decides/Requests]" as a whole; else the italic
 * or underlined run at the start; else the standard phrase of the part; else the first word.
 */
function findOpener(c: CleanText, bodyStart: number, part?: 'preambular' | 'operative'): Span | undefined {
  const t = c.text;
  if (bodyStart >= t.length) return undefined;
  const alt = ALTERNATIVES.exec(t.slice(bodyStart, bodyStart + 170));
  if (alt) return { start: bodyStart, end: bodyStart + alt[0].length };
  const at = t[bodyStart] === '[' ? bodyStart + 1 : bodyStart;
  const run = c.italics.find((r) => r.start <= at && r.end > at);
  if (run) {
    let end = run.end;
    while (end > at && /[\s,;:.]/.test(t[end - 1])) end--;
    if (end > at) return { start: at, end };
  }
  const u = UNDERLINED.exec(t.slice(at, at + 130));
  const underlined = u ? u[1].trimEnd().replace(/[,;:.]+$/, '').length : 0;
  if (underlined) return { start: at + 3, end: at + 3 + underlined };
  const phrase = part && matchPhrase(t, at, part);
  if (phrase) return { start: at, end: phrase.phrase.lead ? phrase.end - phrase.phrase.text.length + phrase.phrase.lead.length : phrase.end };
  const m = FIRST_WORD.exec(t.slice(at, at + 60));
  return m ? { start: at, end: at + m[0].length } : undefined;
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
