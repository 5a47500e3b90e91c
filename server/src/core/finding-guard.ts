import type { Finding, Fix, TextEdit } from './rules/types';
import type { Span } from './text/span';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Inside the text, and not between the two halves of a surrogate pair (an emoji, a rare CJK character). */
export function validSpan(text: string, s: Span | undefined): boolean {
  if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > text.length) return false;
  const splits = (o: number) => o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o));
  return !splits(s.start) && !splits(s.end);
}

/** Valid spans and text, and no two edits over the same characters (the editor would refuse them, the checker would garble the file). */
function validEdits(text: string, edits: readonly TextEdit[]): boolean {
  if (!Array.isArray(edits) || !edits.every((e) => validSpan(text, e?.span) && typeof e.newText === 'string')) return false;
  if (edits.length < 2) return true;
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return sorted.every((e, i) => i === 0 || sorted[i - 1].span.end <= e.span.start);
}

/**
 * What a rule returned, with its mistakes dropped and logged rather than passed on to the
 * editor or written by `--fix`: a finding with an invalid span, a fix with invalid edits.
 */
export function screenFindings(code: string, text: string, found: unknown, log: (message: string) => void): Finding[] {
  if (!Array.isArray(found)) {
    log(`rule ${code} returned ${typeof found} instead of a list of findings`);
    return [];
  }
  const okFix = (fix: Fix) => validEdits(text, fix?.edits ?? []);
  const okRelated = (r: { span: Span }) => validSpan(text, r?.span);
  const out: Finding[] = [];
  for (const f of found as Finding[]) {
    if (!f || !validSpan(text, f.span) || typeof f.message !== 'string') {
      log(`rule ${code} reported an invalid range ${JSON.stringify(f?.span)} (text length ${text.length}); finding dropped`);
      continue;
    }
    // Copied only when something was dropped: a long draft has thousands of findings.
    const fixes = !f.fixes || f.fixes.every(okFix) ? f.fixes : f.fixes.filter((fix) => okFix(fix) || (log(`rule ${code}: fix "${fix?.title}" has invalid or overlapping edits; fix dropped`), false));
    const related = !f.related || f.related.every(okRelated) ? f.related : f.related.filter(okRelated);
    const intact = fixes === f.fixes && related === f.related;
    out.push(intact ? f : { ...f, ...(fixes && { fixes }), ...(related && { related }) });
  }
  return out;
}
