import type { Paragraph } from '../../syntax/model';
import type { Finding, Rule } from '../types';

/** Source text an opener may be wrapped in without losing markup: words, spaces, hyphens, apostrophes, emphasis. */
const PLAIN = /^[A-Za-z ’'*-]+$/;
/** How far into a paragraph an italicized verb still counts as its opener. */
const INTRODUCTION = 150;

/**
 * ITAL-01 in Markdown drafts: the opener of each preambular and operative paragraph is in italics.
 * Reported only where most other openers of the same part are, since plain Markdown cannot say more.
 */
export const italicOpener: Rule = {
  code: 'style/italic-opener',
  defaultSeverity: 'hint',
  description: 'In a Markdown draft, an opener not in italics where the other openers of its part are.',
  check({ doc }) {
    if (doc.format !== 'markdown') return [];
    return [...part(doc.preamble, 'preamble', doc.text), ...part(doc.operative, 'operative part', doc.text)];
  },
};

/** Italic from its first word, or with its verb italicized after an introduction ("In this context, *demands*"). */
function emphasized(p: Paragraph): boolean {
  const o = p.opener!;
  if (o.start >= 3 && p.clean.text.startsWith('<u>', o.start - 3)) return true;
  for (const r of p.clean.italics) if (r.start < o.start + INTRODUCTION && r.end > o.start) return true;
  return false;
}

function part(list: readonly Paragraph[], name: string, source: string): Finding[] {
  // One pass over a long part: the paragraphs with an opener, and those not in italics.
  let withOpener = 0;
  const roman: Paragraph[] = [];
  for (const p of list) {
    if (!p.opener || p.clean.text[p.opener.start] === '[') continue;
    withOpener++;
    if (!emphasized(p)) roman.push(p);
  }
  const italic = withOpener - roman.length;
  const others = withOpener - 1;
  if (italic < 2 || italic * 2 <= others) return [];
  const out: Finding[] = [];
  for (const p of roman) {
    const o = p.opener!;
    const words = p.clean.text.slice(o.start, o.end);
    const start = p.clean.sourceOffset(o.start);
    const end = p.clean.toSource(o).end;
    // Link text ("[Recalling ...](#)"): emphasis there is not read as italics, so neither report nor fix.
    if (source[start - 1] === '[') continue;
    // An emphasis marker that closes right after the opener belongs to the replaced text.
    const through = source[end] === '*' ? end + 1 : end;
    const fixable = PLAIN.test(source.slice(start, through));
    out.push({
      code: italicOpener.code,
      span: { start, end },
      message: `“${words}” opens the paragraph in roman type, unlike the other openers of the ${name}: openers are set in italics.`,
      fixes: fixable ? [{ title: `Italicize “${words}”`, edits: [{ span: { start, end: through }, newText: `*${words}*` }], isPreferred: true, safe: true }] : [],
    });
  }
  return out;
}
