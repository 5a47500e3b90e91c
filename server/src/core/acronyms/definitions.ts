// Definitions in a paragraph's clean text: "Full Name (ACR)", "(“ACR”)", "(ACR, also known as X)",
// "(hereinafter ACR)" and "ACR (Full Name)". The clean text has no Markdown and reads line breaks as
// spaces, so emphasis, links and line breaks inside a definition do not matter.
import { acronymKey, isKnownAcronym } from '../data/acronym-data';
import type { Paragraph } from '../syntax/model';
import type { Span } from '../text/span';
import { fitsReverse, officialNameBefore, readName, spellsLoosely, windowBefore } from './fit';
import type { AcronymDefinition } from './model';
import { NEVER_ABBREVIATED } from './never';
import { isAcronymShaped, isRomanNumeral } from './tokens';

export interface ParagraphDefinitions {
  readonly defs: AcronymDefinition[];
  /** "United Nations (UN)": the acronym's span and the span of " (UN)". */
  readonly never: { key: string; written: string; span: Span; remove: Span }[];
  /** Clean ranges of definitions' parentheses (and of the acronym of "ACR (Full Name)"), which hold no uses. */
  readonly taken: [number, number][];
}

const PARENS = /\(([^()]{1,120})\)/g;
const LEAD = /^\s*(?:(?:hereinafter|hereafter)(?:\s+(?:referred to as|called))?\s+)?["“‘]?(?:the\s+)?/i;
/** What may follow the acronym after a dash or semicolon: "(EOD – S/2021/1042)". */
const AFTER = /^\s*(?:\s[–—-]\s|;).*$/;
/** "(Bureau Intégré des Nations Unies au Burundi, BINUB)": the name in another language, then the acronym. */
const NAME_COMMA_ACRONYM = /^(.*\S),\s+([\p{L}\p{N}][\p{L}\p{N}&/-]*)$/u;
const ALIAS = /\s*,\s*(?:also known as|a\.k\.a\.?|aka)\s+(.+?)\s*$/i;
const TOKEN = /^([\p{L}\p{N}][\p{L}\p{N}&/-]*)(['’]s)?/u;
/** Words that may follow the acronym inside the parentheses: "UNTOC Convention", "EUFOR ALTHEA", "UNISPACE III", "IHR 2005". */
const TRAIL = /^(?:\s+(?:\p{Lu}[\p{L}-]*|\d{4}))?(?:\s+(?:\p{Lu}[\p{L}-]*|\d{4}))?\s*$/u;
const QUOTE = /["“”‘’']/;
/** The word just before offset `end` (spaces skipped), e.g. "GS" in "GS (OL)". */
function wordBefore(t: string, end: number): { text: string; start: number } {
  let e = end;
  while (e > 0 && t[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && /[\p{L}\p{N}&/-]/u.test(t[s - 1])) s--;
  return { text: t.slice(s, e), start: s };
}

export function findDefinitions(p: Paragraph): ParagraphDefinitions {
  const t = p.clean.text;
  const src = (s: Span) => p.clean.toSource(s);
  const out: ParagraphDefinitions = { defs: [], never: [], taken: [] };
  for (const m of t.matchAll(PARENS)) {
    const open = m.index!;
    const close = open + m[0].length;
    const inner = m[1];
    let at = open + 1 + LEAD.exec(inner)![0].length;
    let body = t.slice(at, close - 1);
    let alias: string | undefined;
    const aka = ALIAS.exec(body);
    if (aka) {
      alias = aka[1];
      body = body.slice(0, aka.index);
    }
    const named = body.includes(',') ? NAME_COMMA_ACRONYM.exec(body) : null;
    if (named && isAcronymShaped(named[2]) && named[1].split(/\s+/).length >= 2) {
      at += named[1].length + body.slice(named[1].length).indexOf(named[2]);
      body = named[2];
    }
    const quoted = QUOTE.test(body[0] ?? '') ? 1 : 0;
    at += quoted;
    body = body.slice(quoted);
    const tok = TOKEN.exec(body);
    const rest = tok ? body.slice(tok[0].length).replace(/["“”‘’']/g, '') : '';
    if (!tok || !(TRAIL.test(rest) || AFTER.test(rest))) {
      const reverse = reverseDefinition(p, open, close);
      if (reverse) {
        out.defs.push(reverse.def);
        out.taken.push(reverse.token);
      }
      continue;
    }
    const written = tok[1];
    const key = acronymKey(written);
    if ((written.match(/\p{Lu}/gu)?.length ?? 0) < 2 || isSymbol(written) || isRomanNumeral(written, t.slice(Math.max(0, open - 12), open))) continue;
    const tokSpan = { start: at, end: at + written.length };
    const never = NEVER_ABBREVIATED.has(key) ? key : undefined;
    if (never) {
      out.never.push({ key, written, span: src(tokSpan), remove: src({ start: trimStart(t, open), end: close }) });
      out.taken.push([tokSpan.start, tokSpan.end]);
      continue;
    }
    const strict = isAcronymShaped(written);
    const window = windowBefore(t, open);
    let { span: nameSpan, fit } = readName(window, key);
    if (fit === 'none' && isAcronymShaped(wordBefore(t, open).text)) continue; // "GS (OL)": a qualifier
    if (!strict && !(fit === 'initials' || fit === 'data') && !isKnownAcronym(key)) continue; // "(Al-Shabaab)": a name
    // "United Nations Office of Counter-Terrorism (OCT)": the name is the official one the words end with,
    // longer than what the initials spell. Not when the extra words make it another body ("Peace and
    // Security Council of the African Union (AU)") or a modifier ("counter-improvised explosive device (IED)").
    let official = officialNameBefore(window);
    if (official && !nameSpan) {
      if (spellsLoosely(window, official.span.start, key)) {
        nameSpan = official.span;
        fit = 'data';
      } else official = undefined;
    } else if (official && nameSpan && official.span.start < nameSpan.start) {
      const prefix = t.slice(official.span.start, nameSpan.start);
      if (/\s$/.test(prefix) && !/\b(?:of|the|for|in|on|to|and|at|by|with)\s+$/i.test(prefix)) {
        nameSpan = official.span;
        if (fit === 'letters') fit = 'data';
      } else official = undefined;
    } else if (official && nameSpan && official.span.start > nameSpan.start) official = undefined;
    out.taken.push([open, close]);
    const plural = key !== written.replace(/['’]s$/, '');
    out.defs.push({
      key,
      written,
      plural,
      apostrophe: tok[2] ? src({ start: tokSpan.end, end: tokSpan.end + 2 }) : undefined,
      name: nameSpan && t.slice(nameSpan.start, nameSpan.end),
      nameSpan: nameSpan && src(nameSpan),
      fit,
      alias,
      span: src(tokSpan),
      keySpan: src({ start: tokSpan.start, end: tokSpan.start + key.length }),
      whole: src({ start: nameSpan?.start ?? open, end: close }),
      parens: src({ start: open, end: close }),
      paragraph: p,
      official: official && { name: official.name, acronyms: official.acronyms },
    });
  }
  return out;
}

/** "UNAMA (United Nations Assistance Mission in Afghanistan)": the name follows the acronym. */
function reverseDefinition(p: Paragraph, open: number, close: number): { def: AcronymDefinition; token: [number, number] } | undefined {
  const t = p.clean.text;
  if (!/^\p{Lu}/u.test(t[open + 1] ?? '')) return undefined;
  const before = wordBefore(t, open);
  if (!isAcronymShaped(before.text)) return undefined;
  const written = before.text;
  const key = acronymKey(written);
  if (NEVER_ABBREVIATED.has(key) || !fitsReverse(t, open + 1, close - 1, key)) return undefined;
  const start = before.start;
  const tokSpan = { start, end: start + written.length };
  const nameSpan = { start: open + 1, end: close - 1 };
  const src = (s: Span) => p.clean.toSource(s);
  const def: AcronymDefinition = {
    key,
    written,
    plural: key !== written,
    name: t.slice(nameSpan.start, nameSpan.end).trim(),
    nameSpan: src(nameSpan),
    fit: 'initials',
    span: src(tokSpan),
    keySpan: src({ start, end: start + key.length }),
    whole: src({ start, end: close }),
    parens: src({ start: open, end: close }),
    paragraph: p,
    reverse: true,
  };
  return { def, token: [tokSpan.start, tokSpan.end] };
}

function isSymbol(s: string): boolean {
  return s.includes('/') && (/\d/.test(s) || s.split('/').length >= 3);
}

/** Start of the space before a parenthesis, so that removing " (UN)" leaves no double space. */
function trimStart(t: string, open: number): number {
  let i = open;
  while (i > 0 && t[i - 1] === ' ') i--;
  return i;
}
