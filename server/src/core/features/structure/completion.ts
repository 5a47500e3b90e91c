import { corpusCount, describePhrase, OPERATIVE, PREAMBULAR, phraseDetail, type Phrase } from '../../phrases';
import type { Paragraph, ResolutionDoc } from '../../syntax/model';
import type { CompletionItem, FeatureContext } from '../types';

/** What may stand before the cursor on a line that starts a paragraph: a number, an emphasis marker, the first letters. */
const LINE = /^([ \t]*)(?:(\d{1,3}(?:[ \t]*(?:bis|ter|quater))?)\.[ \t]+)?(\*?)([A-Za-z][A-Za-z ’'-]{0,40})?$/;
const BLANK = /^[ \t]*$/;

type Where = { part: 'preambular' | 'operative'; next?: number; alsoOperative?: boolean };

/**
 * Completion at the start of a paragraph (a line after a blank line, or after a typed number
 * such as "21. "): the preambular phrases in the preamble, the operative verbs in the operative
 * part with the next number when it is missing. Markdown drafts get the opener in italics.
 */
export function complete({ doc }: FeatureContext, offset: number): CompletionItem[] {
  const pos = doc.lines.positionAt(offset);
  const lineStart = doc.lines.lineStart(pos.line);
  const m = LINE.exec(doc.text.slice(lineStart, offset));
  if (!m || !BLANK.test(doc.text.slice(offset, doc.lines.lineEnd(pos.line)))) return [];
  const typedNumber = m[2];
  if (!typedNumber && pos.line > 0 && !BLANK.test(doc.text.slice(doc.lines.lineStart(pos.line - 1), doc.lines.lineEnd(pos.line - 1)))) return [];
  const where = locate(doc, lineStart, !!typedNumber);
  if (!where) return [];
  const typed = (m[3] ?? '') + (m[4] ?? '');
  const replace = { start: offset - typed.length, end: offset };
  const markdown = doc.format === 'markdown';
  const items = (where.part === 'preambular' ? PREAMBULAR : OPERATIVE).map((p) => item(p, markdown, typedNumber ? undefined : where.next, m[3], replace, ''));
  if (where.alsoOperative) items.push(...OPERATIVE.map((p) => item(p, markdown, 1, m[3], replace, 'z')));
  return items;
}

function item(p: Phrase, markdown: boolean, number: number | undefined, star: string, replace: { start: number; end: number }, rank: string): CompletionItem {
  const lead = p.lead ?? p.text;
  const body = markdown ? `*${lead}*${p.text.slice(lead.length)}` : p.text;
  const count = corpusCount(p);
  return {
    label: p.text,
    kind: p.part === 'operative' ? 'verb' : 'phrase',
    detail: number === undefined ? phraseDetail(p) : `${phraseDetail(p)} (paragraph ${number})`,
    documentation: describePhrase(p),
    insertText: number === undefined ? body : `${number}. ${body}`,
    replace,
    filterText: star + p.text,
    sortText: `${rank}${String(100000 - count).padStart(6, '0')} ${p.text}`,
  };
}

/** Which part a new paragraph at `lineStart` belongs to, from the paragraph before it. */
function locate(doc: ResolutionDoc, lineStart: number, numbered: boolean): Where | undefined {
  let before: Paragraph | undefined;
  for (const p of doc.all) {
    if (p.span.end >= lineStart) break;
    before = p;
  }
  const kind = before?.kind;
  if (kind === 'annex-title' || kind === 'annex-body' || kind === 'footnote' || kind === 'footer') return undefined;
  const lastOperative = [...doc.operative].reverse().find((p) => p.span.start < lineStart && p.label);
  const next = lastOperative?.label ? lastOperative.label.value + 1 : 1;
  if (numbered || kind === 'operative' || kind === 'subparagraph' || (lastOperative && (kind === 'text' || kind === 'subheading'))) return { part: 'operative', next };
  if (kind === 'opening') return { part: 'preambular' };
  if (kind === 'preambular' || kind === 'subheading' || kind === 'text') {
    return { part: 'preambular', alsoOperative: !doc.operative.some((p) => p.span.start > lineStart) };
  }
  return undefined;
}
