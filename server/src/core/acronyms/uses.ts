// Uses in a paragraph's clean text: tokens of two or more capitals (digits and hyphens allowed) with an
// optional plural s. Not uses: Roman numerals, document symbols, capitals of a heading line or of a name
// in capitals, the acronym inside its own definition, and names such as UN-Women or RCD-Goma.
import { acronymKey, isKnownAcronym, officialAliasOf } from '../data/acronym-data';
import type { Paragraph } from '../syntax/model';
import type { Span } from '../text/span';
import type { AcronymUse, NeverAbbreviated } from './model';
import { NEVER_ABBREVIATED } from './never';
import { capsRuns, isLabel, isRomanNumeral, symbolRanges } from './tokens';

export interface Defined {
  /** Keys and written forms of the acronyms the document defines (UN-Women, MoU, SPLM/A). */
  has(s: string): boolean;
  /** Some are written with lower-case letters (MoU, GoS), so words with a single capital must be read too. */
  readonly mixedCase: boolean;
}

const CHAIN = /[A-Za-z0-9\u00c0-\u024f]+(?:[-/&][A-Za-z0-9\u00c0-\u024f]+)*/g;
/** Where a chain with two capitals may be: most words have one capital at most and are never looked at. */
const TWO_CAPITALS = /[A-Z][A-Z0-9]*[A-Z]|[A-Z][-/&][A-Z]/g;
const isWordChar = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= '\u00c0' && c <= '\u024f'));
const isJoin = (c: string | undefined) => c === '-' || c === '/' || c === '&';
const DOTTED_UN = /(?<![\p{L}\p{N}.])U\.N\.(?![\p{L}\p{N}])/gu;
const AKA = /^,?\s*\(\s*(?:also known as|a\.k\.a\.?|aka)\s/i;

type Seg = 'U' | 'N' | 'C' | 'L';
function segKind(s: string): Seg {
  if (/^\d+$/.test(s)) return 'N';
  if (/^[A-Z0-9]*[A-Z][A-Z0-9]*s?$/.test(s)) return 'U';
  if (/^\p{Lu}\p{Ll}/u.test(s)) return 'C';
  return 'L';
}

/** Capital letters A to Z in s: acronyms are written in ASCII. */
function capitals(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

export function findUses(source: string, p: Paragraph, taken: readonly [number, number][], defined: Defined, uses: AcronymUse[], never: NeverAbbreviated[]): void {
  const t = p.clean.text;
  if (capitals(t) < 2) return;
  const src = (s: Span) => p.clean.toSource(s);
  const skip = [...taken, ...symbolRanges(t), ...capsRuns(t), ...headingLines(source, p)];
  if (skip.length > 1) skip.sort((a, b) => a[0] - b[0]);
  let k = 0; // offsets are asked in increasing order, so the search resumes where it stopped
  const excluded = (at: number) => {
    while (k < skip.length && skip[k][1] <= at) k++;
    for (let j = k; j < skip.length && skip[j][0] <= at; j++) if (at < skip[j][1]) return true;
    return false;
  };

  const emit = (written: string, start: number) => {
    const end = start + written.length;
    const before = t.slice(Math.max(0, start - 12), start);
    if (isRomanNumeral(written, before) || isLabel(written, before) || t[end] === '$') return;
    const key = acronymKey(written);
    const plural = key !== written;
    const apostrophe = /^['’]s(?![\p{L}\p{N}])/u.test(t.slice(end, end + 3)) ? src({ start: end, end: end + 2 }) : undefined;
    const span = src({ start, end });
    if (NEVER_ABBREVIATED.has(key)) {
      never.push({ key, written, plural, span, apostrophe, paragraph: p });
      return;
    }
    const after = t.slice(apostrophe ? end + 2 : end, end + 60);
    uses.push({
      key,
      written,
      plural,
      span,
      keySpan: src({ start, end: start + key.length }),
      apostrophe,
      aliased: AKA.test(after) || isOfficialAlias(key, after),
      paragraph: p,
    });
  };

  /** One side of a slash: "AU-UN" gives AU and UN, "UN-led" gives UN, "UN-Women" nothing, "COVID-19" itself. */
  const part = (s: string, at: number) => {
    if (defined.has(s)) return emit(s, at);
    const segs = s.split('-');
    const kinds = segs.map(segKind);
    if (kinds.includes('C')) return; // UN-Women, RCD-Goma: names, not abbreviations
    let i = 0;
    let off = at;
    while (i < segs.length) {
      if (kinds[i] === 'L') {
        off += segs[i].length + 1;
        i++;
        continue;
      }
      const runStart = off;
      const run: string[] = [];
      for (; i < segs.length && kinds[i] !== 'L'; i++) {
        run.push(segs[i]);
        off += segs[i].length + 1;
      }
      const whole = run.join('-');
      const kindsOfRun = kinds.slice(i - run.length, i);
      if (capitals(whole) < 2 || kindsOfRun.slice(0, -1).includes('N')) continue; // ICTR-98-44-AR73: a case number
      const acronyms = run.filter((_, j) => kindsOfRun[j] === 'U');
      if (acronyms.length >= 2 && acronyms.every((x) => capitals(x) >= 2) && !defined.has(whole) && !isKnownAcronym(acronymKey(whole))) {
        let o = runStart; // AU-UN, UNMIK-KFOR: two acronyms joined
        for (const x of run) {
          if (capitals(x) >= 2) emit(x, o);
          o += x.length + 1;
        }
      } else emit(whole, runStart);
    }
  };

  /** A run of letters and digits joined by hyphens, slashes or ampersands: "HIV/AIDS", "AU-UN", "UN-Women". */
  const chain = (at: number, word: string) => {
    if (capitals(word) < 2 || excluded(at)) return;
    if (word.includes('/') && (defined.has(word) || (isKnownAcronym(acronymKey(word)) && !word.split('/').every((x) => isKnownAcronym(acronymKey(x)))))) {
      emit(word, at);
      return;
    }
    let off = at;
    for (const s of word.split('/')) {
      // A part may lie in a symbol the chain runs into: "documentA/RES/74/118".
      if (capitals(s) >= 2 && !excluded(off)) part(s, off);
      off += s.length + 1;
    }
  };

  if (defined.mixedCase) {
    for (const m of t.matchAll(CHAIN)) chain(m.index!, m[0]);
  } else {
    TWO_CAPITALS.lastIndex = 0;
    for (let m = TWO_CAPITALS.exec(t); m; m = TWO_CAPITALS.exec(t)) {
      let l = m.index;
      while (isWordChar(t[l - 1]) || (isJoin(t[l - 1]) && isWordChar(t[l - 2]))) l--;
      let r = m.index + m[0].length;
      while (isWordChar(t[r]) || (isJoin(t[r]) && isWordChar(t[r + 1]))) r++;
      chain(l, t.slice(l, r));
      TWO_CAPITALS.lastIndex = r;
    }
  }
  k = 0;
  if (t.includes('U.N.')) for (const m of t.matchAll(DOTTED_UN)) {
    if (!excluded(m.index!)) never.push({ key: 'UN', written: 'U.N.', plural: false, span: src({ start: m.index!, end: m.index! + 4 }), paragraph: p });
  }
}

/** "ISIL (Da’esh)", "ISIL/Da’esh": the acronym followed by the alias the official list gives it. */
function isOfficialAlias(key: string, after: string): boolean {
  const alias = officialAliasOf(key);
  if (!alias) return false;
  const norm = (s: string) => s.toLowerCase().replace(/[’'`]/g, '');
  const m = /^,?\s*\(\s*([^()]{1,40})\)/.exec(after);
  if (m) return norm(m[1].trim()) === norm(alias);
  return after[0] === '/' && norm(after.slice(1)).startsWith(norm(alias)); // ISIL/Da’esh
}

/** Lines of the paragraph with no lower-case letter and two words or more: headings in capitals. */
function headingLines(source: string, p: Paragraph): [number, number][] {
  const out: [number, number][] = [];
  const t = p.clean.text;
  const check = (from: number, to: number) => {
    const line = t.slice(from, to);
    if (!/\p{Ll}/u.test(line) && (line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 2) out.push([from, to]);
  };
  const multiline = p.segments.length > 1 || source.slice(p.span.start, p.span.end).includes('\n');
  let from = 0;
  if (multiline) {
    for (let i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) {
      // Line breaks read as spaces in the clean text; the source tells them apart.
      const at = p.clean.sourceOffset(i);
      if (source[at] === '\n' || source[at] === '\r' || p.segments.some((s) => s.end === at)) {
        check(from, i);
        from = i + 1;
      }
    }
  }
  check(from, t.length);
  return out;
}
