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
  if (p.clean.text.slice(Math.max(0, o.start - 3), o.start) === '<u>') return true;
  return p.clean.italics.some((r) => r.start < o.start + INTRODUCTION && r.end > o.start);
}

function part(list: readonly Paragraph[], name: string, source: string): Finding[] {
  const withOpener = list.filter((p) => p.opener && p.clean.text[p.opener.start] !== '[');
  const italic = withOpener.filter(emphasized).length;
  const out: Finding[] = [];
  for (const p of withOpener) {
    if (emphasized(p)) continue;
    const others = withOpener.length - 1;
    if (italic < 2 || italic * 2 <= others) continue;
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
