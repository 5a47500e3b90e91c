import { organBefore } from '../../citations/recognise';
import { formatDate } from '../../data/dates';
import type { ScResolution } from '../../data/sc-catalogue';
import type { CompletionItem, FeatureContext } from '../types';
import { describeSc } from './hover';

const LIMIT = 50;
/** How far back the list before the cursor is read. */
const REACH = 400;

const BLANK_LINE = /\n[ \t\r]*\n/g;
const LAST_NOUN = /\b(?:resolutions?|UNSCRs?)\s+/gi;
const ITEM = /\d{1,4}(?:\s?\(\d{4}\))?(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?/y;
const SEP = /\s*,\s*(?:and\s+)?|\s+and\s+/y;
const LINK_TARGET = /\]\([^)\s]*\)/g;
const ESCAPE = /\\(.)/g;
const MARKS = /[[\]*]/g;
const DIGITS = /^\d*$/;
const TYPED = /(?:\d{0,4}|[A-Za-z][A-Za-z'’-]*)$/y;

/** Markdown around numbers in the text before the cursor: links, escapes, emphasis. */
function unmark(s: string): string {
  return s.replace(LINK_TARGET, '').replace(ESCAPE, '$1').replace(MARKS, '');
}

/**
 * After "resolution " or "resolutions 1267 (1999), " (or "... and "): catalogue entries
 * whose number starts with the digits typed, or whose subject contains the word typed.
 */
export function complete(ctx: FeatureContext, offset: number): CompletionItem[] {
  const { doc, data } = ctx;
  // The current paragraph, up to REACH characters back: after the last blank line.
  let before = doc.text.slice(Math.max(0, offset - REACH), offset);
  BLANK_LINE.lastIndex = 0;
  let cut = 0;
  for (let m = BLANK_LINE.exec(before); m; m = BLANK_LINE.exec(before)) cut = m.index + m[0].length;
  before = unmark(before.slice(cut));
  let noun: RegExpExecArray | undefined;
  LAST_NOUN.lastIndex = 0;
  for (let m = LAST_NOUN.exec(before); m; m = LAST_NOUN.exec(before)) noun = m;
  if (!noun) return [];
  const organ = organBefore(before, noun.index);
  // Another organ's resolutions, or "its resolution" in a General Assembly text.
  if (organ === 'ga' || organ === 'other') return [];
  if (organ === 'any' && doc.organ === 'GA') return [];
  let pos = noun.index + noun[0].length;
  const listed = new Set<number>();
  for (;;) {
    ITEM.lastIndex = pos;
    const item = ITEM.exec(before);
    if (!item) break;
    SEP.lastIndex = ITEM.lastIndex;
    if (!SEP.exec(before)) break;
    listed.add(parseInt(item[0], 10));
    pos = SEP.lastIndex;
  }
  TYPED.lastIndex = pos;
  const typed = TYPED.exec(before)?.[0];
  if (typed === undefined) return [];
  const digits = DIGITS.test(typed);
  if (!digits && typed.length < 3) return [];
  const found = digits ? data.sc.search(typed, [], LIMIT + listed.size) : data.sc.search('', [typed], LIMIT + listed.size);
  const replace = { start: offset - typed.length, end: offset };
  return found
    .filter((r) => !listed.has(r.number))
    .slice(0, LIMIT)
    .map((r, i) => item(r, i, replace, digits ? undefined : typed));
}

function item(r: ScResolution, rank: number, replace: { start: number; end: number }, word?: string): CompletionItem {
  const label = r.year === undefined ? String(r.number) : `${r.number} (${r.year})`;
  const when = r.date ? formatDate(r.date) : r.year !== undefined ? String(r.year) : undefined;
  return {
    label,
    kind: 'resolution',
    detail: [r.subject, when].filter(Boolean).join(', ') || undefined,
    documentation: describeSc(r),
    insertText: label,
    replace,
    // Typing a word finds entries by subject: the editor must keep them when it filters by that word.
    filterText: word ? `${word} ${label} ${r.subject ?? ''}` : label,
    sortText: String(rank).padStart(3, '0'),
  };
}
