/** What a capital token is: an acronym, a Roman numeral, part of a document symbol. */

const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Words that a Roman numeral follows: Chapter VII, Part IV, Article XX, Protocol II. */
const NUMBERED = /(?:^|\s)(?:chapters?|parts?|articles?|annex(?:es)?|appendix|sections?|titles?|protocols?|phases?|volumes?|vol\.|books?|tables?|schedules?|rules?|principles?|stages?|sessions?|items?|no\.)\s*$/i;

/** A Roman numeral in context: always when made of I, V, X, L (XXIX, VII); with C, D, M only when long or numbered. */
export function isRomanNumeral(token: string, before: string): boolean {
  if (!ROMAN.test(token)) return false;
  return /^[IVXL]+$/.test(token) || token.length >= 4 || NUMBERED.test(before);
}

const ALNUM = /[\p{L}\p{N}]/u;
const isAlnum = (c: string | undefined) => c !== undefined && (c >= 'a' ? c <= 'z' || (c > '\u007f' && ALNUM.test(c)) : (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));

/**
 * Document symbols and dotted identifiers, found around each slash or inner full stop: S/RES/2370 (2017),
 * A/74/L.34/Add.1, S/PRST/2015/25, E/CN.4/2005/L.10, PSC/PR/COMM, 1/CP.21, "WSFS 2009/2",
 * C.N.592.2013.TREATIES-XXVI.3, QE.A.137.14 (not HIV/AIDS, SPLM/A or U.N.).
 */
export function symbolRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let done = 0;
  for (let k = text.indexOf('/'); k >= 0; k = text.indexOf('/', k + 1)) {
    if (k < done) continue;
    let l = k;
    while (l > 0 && (isAlnum(text[l - 1]) || text[l - 1] === '.' || text[l - 1] === '-')) l--;
    let r = k + 1;
    while (r < text.length && (isAlnum(text[r]) || '.-()/'.includes(text[r]))) r++;
    const s = text.slice(l, r);
    if (!/^[A-Z0-9]/.test(s) || !(/\d/.test(s) || s.split('/').length >= 3)) continue;
    const series = /^\d+\//.test(s) ? /[A-Z][A-Z0-9.]* $/.exec(text.slice(Math.max(0, l - 12), l)) : null; // "WSFS 2009/2"
    out.push([series ? l - series[0].length : l, r]);
    done = r;
  }
  done = 0;
  for (let k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1)) {
    if (k < done || !isAlnum(text[k - 1]) || !isAlnum(text[k + 1])) continue;
    let l = k;
    while (l > 0 && (isAlnum(text[l - 1]) || text[l - 1] === '-' || text[l - 1] === '.')) l--;
    let r = k + 1;
    while (r < text.length && (isAlnum(text[r]) || text[r] === '-' || (text[r] === '.' && isAlnum(text[r + 1])))) r++;
    const s = text.slice(l, r);
    if (/\d/.test(s) || (/^[A-Z]{1,3}\.[A-Z]/.test(s) && !/^U\.N$/.test(s))) out.push([l, r]);
    done = r;
  }
  return out;
}

/** Three or more capitalised words in a row read as shouting or a name in capitals (sanctions lists), not acronyms. */
const CAPS_RUN = /(?<![A-Za-z0-9])[A-Z][A-Z0-9'’-]*(?: +[A-Z][A-Z0-9'’-]*){2,}(?![a-z0-9])/g;
const CAPS_PAIR = /[A-Z][A-Z0-9'’-]* +[A-Z][A-Z0-9'’-]* +[A-Z]/;

export function capsRuns(text: string): [number, number][] {
  if (!CAPS_PAIR.test(text)) return [];
  return [...text.matchAll(CAPS_RUN)].filter((m) => /[A-Z]{2}/.test(m[0])).map((m) => [m.index!, m.index! + m[0].length]);
}

/** Words that name a label rather than an acronym after them: "section AC", "sector CD", "type XY". */
const LABELLED = /(?:^|\s)(?:sections?|sectors?|buildings?|blocks?|zones?|rooms?|wings?|grades?|categor(?:y|ies)|class(?:es)?|types?|models?|items?)\s*$/i;

/** A label or a model designation, not an acronym: "section AC", "MI-171", "SU-25". */
export function isLabel(token: string, before: string): boolean {
  return /^[A-Z]{2}-\d+$/.test(token) || (token.length <= 3 && LABELLED.test(before));
}

/** At least two capitals (or digits after a capital), no lower case but a final plural s: IEDs, COVID-19, FC-G5S. */
export function isAcronymShaped(s: string): boolean {
  return /^[A-Z0-9](?:[A-Z0-9]|[-&/](?=[A-Z0-9]))*s?$/.test(s) && (s.match(/[A-Z]/g)?.length ?? 0) >= 2;
}
