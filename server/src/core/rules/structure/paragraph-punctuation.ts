import { operativeVerbForm } from '../../phrases/grammar';
import { adoptsFollowing } from '../../syntax/parse';
import type { Paragraph, ResolutionDoc } from '../../syntax/model';
import { defineFact } from '../../text/clean-text';
import type { Span } from '../../text/span';
import type { Finding, Rule } from '../types';

type Mark = ',' | ';' | '.' | ':';
const NAME: Record<string, string> = { ',': 'a comma', ';': 'a semicolon', '.': 'a full stop', ':': 'a colon' };
/** Closing quotes, brackets and emphasis that may follow the paragraph's own punctuation. */
const TRAILING = /[\s”’"'\]*_]/;
const ACTING = /^\s*\[?\s*Acting\s+under\b/;
/** "…; and" / "…; or" before the last item, as adopted texts write. */
const JOINED = /[;,]\s*(?:and|or|and\/or)$/;
/** A footnote marker left as HTML ("…;<sup>5</sup>"); the same length is kept out of the check. */
const SUP = /(?:<sup>[^<]{0,12}<\/sup>\s*)+$/;
/**
 * A footnote number printed after the paragraph's punctuation in plain text taken from print
 * ("…of 13 and 14 September 1993, 29"); not after a number of a list ("paragraphs 3, 4").
 */
const FOOTNOTE_MARK = /(?<!(?:^|[^\d])\d{1,3})([,;:.])\s+\d{1,3}$/;
const LABEL = /^\s*\[?\s*(?:\d{1,3}[^.\s]*\s*\.|\\?\([a-z]{1,7}\\?\))\s*/;

/** How a paragraph ends: the last punctuation mark (or the last character) in clean offsets. */
interface Ending {
  readonly p: Paragraph;
  readonly at: number;
  readonly ch: string;
  readonly joined: boolean;
  /** The body is wholly in italics or bold in the source. */
  readonly emphasized: boolean;
}

interface Problem {
  readonly end: Ending;
  readonly want: Mark;
  readonly why: string;
}

const EARLY_STOP = 'Only the last paragraph ends with a full stop: an operative paragraph before it ends with a semicolon.';

/**
 * The punctuation pattern of STR-07, STR-09, STR-11 and PUNC-02: preambular paragraphs end with
 * a comma, operative paragraphs with a semicolon, the last one with a full stop, and a paragraph
 * that introduces sub-paragraphs with a colon. Sub-paragraphs inside the text are read as adopted
 * texts write them (commas, "; and", "; or" all occur); the one that closes the text needs its full stop.
 */
export const paragraphPunctuation: Rule = {
  code: 'structure/paragraph-punctuation',
  defaultSeverity: 'error',
  description: 'Preambular paragraphs end with a comma, operative paragraphs with a semicolon, the last with a full stop, a lead-in to sub-paragraphs with a colon.',
  check({ doc }) {
    const problems: Problem[] = [];
    const last = closingParagraph(doc);
    const preamble: Problem[] = [];
    for (const p of doc.preamble) {
      // Most paragraphs end as they should: the ending is bound to its paragraph only when it is reported on.
      const e = endingOf(p, doc);
      if (!e) continue;
      if (hasSubs(p)) leadIn({ p, ...e }, 'A preambular paragraph that introduces sub-paragraphs', problems, doc);
      else if (e.ch !== ',' && !(e.ch === ':' && ACTING.test(p.clean.text))) preamble.push({ end: { p, ...e }, want: ',', why: 'A preambular paragraph ends with a comma' });
    }
    const headed = followedByHeading(doc);
    const visit = (p: Paragraph, sub: boolean) => {
      const found = endingOf(p, doc);
      // An operative paragraph that ends with a semicolon and introduces nothing is right.
      const e = found && (found.ch !== ';' || sub || p === last || hasSubs(p)) ? { p, ...found } : undefined;
      if (e) {
        const what = sub ? 'A sub-paragraph' : 'An operative paragraph';
        if (hasSubs(p)) leadIn(e, `${what} that introduces sub-paragraphs`, problems, doc);
        else if (p === last) {
          if (e.ch !== '.' && !(e.ch === ':' && (p.children.length || adoptsAnnexedText(doc, p)))) problems.push({ end: e, want: '.', why: 'The last paragraph ends the resolution with a full stop' });
        } else if (sub) {
          if (!isMark(e.ch) && !e.joined && !headingLike(e)) problems.push({ end: e, want: ';', why: 'A sub-paragraph ends with a semicolon' });
        } else if (e.ch !== ';' && !e.joined && !(e.ch === ':' && (p.children.length || headed.has(p)))) {
          problems.push({ end: e, want: ';', why: 'An operative paragraph ends with a semicolon' });
        }
      }
      for (const c of p.children) if (c.label) visit(c, true);
    };
    for (const p of doc.operative) visit(p, false);
    return [...grouped(preamble, 'preambular paragraphs'), ...problems.map((x) => finding(x))];
  },
};

function isMark(ch: string): boolean {
  return ch === ',' || ch === ';' || ch === '.' || ch === ':';
}

function hasSubs(p: Paragraph): boolean {
  return p.children.some((c) => c.label);
}

const isEmphasis = (c: string | undefined) => c === '*' || c === '_';

/** Set wholly in emphasis, as /^[*_][^]*[*_][:.]?$/ reads it (without scanning the body). */
function isEmphasized(s: string): boolean {
  const n = s.length;
  if (n < 2 || !isEmphasis(s[0])) return false;
  if (isEmphasis(s[n - 1])) return true;
  return n >= 3 && (s[n - 1] === ':' || s[n - 1] === '.') && isEmphasis(s[n - 2]);
}

function ending(p: Paragraph, doc: ResolutionDoc): Ending | undefined {
  const e = endingOf(p, doc);
  return e && { p, ...e };
}

/** The ending, not bound to the paragraph. */
function endingOf(p: Paragraph, doc: ResolutionDoc): Omit<Ending, 'p'> | undefined {
  // Read once per paragraph text (its clean text and source), for the body start and format it was read with.
  const plain = doc.format === 'plain';
  const known = p.clean.facts(ENDING, p, doc.text, plain);
  return known.bodyStart === p.bodyStart && known.plain === plain ? known.ending : readEnding(p, doc.text, plain).ending;
}

/** The text without a trailing footnote number (same offsets up to the punctuation it follows). */
function withoutFootnoteMark(t: string): string {
  const m = FOOTNOTE_MARK.exec(t);
  return m ? t.slice(0, m.index + 1) : t;
}

const ENDING = defineFact((_c, p: Paragraph, source: string, plain: boolean) => readEnding(p, source, plain));

function readEnding(p: Paragraph, source: string, plain: boolean): { bodyStart: number; plain: boolean; ending?: Omit<Ending, 'p'> } {
  const marked = p.clean.text.includes('<sup>') ? p.clean.text.replace(SUP, '') : p.clean.text;
  const t = plain ? withoutFootnoteMark(marked) : marked;
  let i = t.length - 1;
  while (i >= p.bodyStart && TRAILING.test(t[i])) i--;
  if (i < p.bodyStart) return { bodyStart: p.bodyStart, plain };
  const body = source.slice(p.span.start, p.span.end).replace(LABEL, '').trim();
  return { bodyStart: p.bodyStart, plain, ending: { at: i, ch: t[i], joined: JOINED.test(t.slice(Math.max(p.bodyStart, i - 12), i + 1)), emphasized: isEmphasized(body) } };
}

/**
 * A lead-in to sub-paragraphs ends with a colon. Adopted texts also let a heading-like item
 * ("(a) *Protection of civilians*") head its list, and let the sentence run on into sub-paragraphs
 * that start in lower case ("… shall (a) prioritize …").
 */
function leadIn(e: Ending, what: string, out: Problem[], doc: ResolutionDoc): void {
  if (e.ch === ':' || headingLike(e)) return;
  const first = e.p.children.find((c) => c.label)!;
  const firstEnd = ending(first, doc);
  const runsOn = /^[a-z]/.test(first.clean.text.slice(first.bodyStart));
  if (runsOn && (!isMark(e.ch) || e.ch === ',')) return;
  // Headed groups ("(a) *Protection of civilians*") or sub-paragraphs that are clauses of their own
  // ("(a) *Reiterates* its call …;") do not continue the lead-in's sentence.
  const ownClauses = (firstEnd && (headingLike(firstEnd) || (firstEnd.ch === ':' && headingLike({ ...firstEnd, ch: '' })))) || operativeVerbForm(first.clean.text, first.opener?.start ?? first.bodyStart) === 'third-person';
  if (e.ch === ';' && ownClauses) return;
  out.push({ end: e, want: ':', why: `${what} ends with a colon` });
}

/** A short or wholly emphasized item without final punctuation heads what follows it ("(a) *Protection of civilians*"). */
function headingLike(e: Ending): boolean {
  if (isMark(e.ch) || e.joined) return false;
  if (e.at - e.p.bodyStart < 150) return true;
  return e.emphasized;
}

/** "Adopts the following …:" with the adopted text right after it, read as an annex. */
function adoptsAnnexedText(doc: ResolutionDoc, p: Paragraph): boolean {
  if (!adoptsFollowing(p.clean)) return false;
  let next: Paragraph | undefined;
  for (const q of doc.all) if (q.span.start >= p.span.end && (!next || q.span.start < next.span.start)) next = q;
  return next?.kind === 'annex-title';
}

/** The paragraph that closes the resolution: the last operative paragraph, or its last sub-paragraph. */
function closingParagraph(doc: ResolutionDoc): Paragraph | undefined {
  let p = doc.operative[doc.operative.length - 1];
  while (p) {
    const subs = p.children.filter((c) => c.label);
    if (!subs.length) return p;
    p = subs[subs.length - 1];
  }
  return p;
}

/** Operative paragraphs followed by a sub-heading ("… decides as follows:" then "Sanctions"). */
function followedByHeading(doc: ResolutionDoc): Set<Paragraph> {
  const out = new Set<Paragraph>();
  let i = 0;
  const heads = doc.subheadings;
  for (let k = 0; k < doc.operative.length; k++) {
    const p = doc.operative[k];
    const next = doc.operative[k + 1]?.span.start ?? Infinity;
    while (i < heads.length && heads[i].span.start < p.span.end) i++;
    if (i < heads.length && heads[i].span.start < next) out.add(p);
  }
  return out;
}

function editSpan(e: Ending): { at: Span; edit: Span } {
  const at = e.p.clean.toSource({ start: e.at, end: e.at + 1 });
  return { at, edit: isMark(e.ch) ? at : { start: at.end, end: at.end } };
}

function describe(e: Ending): string {
  if (isMark(e.ch)) return `not ${NAME[e.ch]}`;
  return 'but this one has no final punctuation';
}

function finding(x: Problem): Finding {
  const { at, edit } = editSpan(x.end);
  return {
    code: paragraphPunctuation.code,
    span: at,
    message: x.end.ch === '.' && x.want === ';' ? EARLY_STOP : `${x.why}, ${describe(x.end)}.`,
    fixes: [{ title: `End the paragraph with ${NAME[x.want]}`, edits: [{ span: edit, newText: x.want }], isPreferred: true, safe: true }],
  };
}

/**
 * Where most paragraphs of a part share one wrong ending (a preamble written with semicolons),
 * the text follows another convention: one finding says so, and its fix corrects them all.
 */
function grouped(list: Problem[], what: string): Finding[] {
  const byMark = new Map<string, Problem[]>();
  for (const x of list) byMark.set(x.end.ch, [...(byMark.get(x.end.ch) ?? []), x]);
  const out: Finding[] = [];
  for (const [ch, xs] of byMark) {
    if (xs.length < 3 || !isMark(ch)) {
      out.push(...xs.map(finding));
      continue;
    }
    const first = xs[0];
    const { at } = editSpan(first.end);
    out.push({
      code: paragraphPunctuation.code,
      span: at,
      message: `${xs.length} ${what} end with ${NAME[ch]}: ${first.why.charAt(0).toLowerCase()}${first.why.slice(1)}.`,
      related: xs.slice(1).map((x) => ({ span: editSpan(x.end).at, message: `also ends with ${NAME[ch]}` })),
      fixes: [{ title: `End the ${xs.length} ${what} with ${NAME[first.want]}`, edits: xs.map((x) => ({ span: editSpan(x.end).edit, newText: x.want })), isPreferred: true, safe: true }],
    });
  }
  return out;
}
