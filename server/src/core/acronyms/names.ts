/** Comparing and inflecting full names. */

/** Words of a name for comparison: lower case, curly quotes straight, hyphens and slashes as spaces, -ise as -ize. */
export function nameWords(s: string): string[] {
  return nameTokens(s).map((x) => x.t);
}

/** nameWords with the offset of each word in s. Words recur (United, Nations, Office): cached by text. */
export function nameTokens(s: string): readonly { t: string; at: number }[] {
  let out = tokenCache.get(s);
  if (out) return out;
  out = [];
  for (const m of s.toLowerCase().replace(/[’‘`]/g, "'").matchAll(/[\p{L}\p{N}']+/gu)) {
    const lead = m[0].length - m[0].replace(/^'+/, '').length;
    const t = stemWord(m[0]);
    if (t && t !== 'the') out.push({ t, at: m.index! + lead });
  }
  if (tokenCache.size > 20000) tokenCache.clear();
  tokenCache.set(s, out);
  return out;
}
const tokenCache = new Map<string, { t: string; at: number }[]>();

/** Spelling variants that do not make a different name: Organisation/Organization, Stabilisation. */
function stemWord(w: string): string {
  if (w.includes("'")) w = w.replace(/^'+|'+$/g, '');
  return w.includes('is') ? w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1') : w;
}

/** The same name, ignoring case, hyphens, "the", "and", -ise/-ize and a plural s on the last word. */
export function sameName(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < x.length && x[i].t === 'and') i++;
    while (j < y.length && y[j].t === 'and') j++;
    if (i === x.length || j === y.length) return i === x.length && j === y.length;
    const last = i === x.length - 1 && j === y.length - 1;
    if (x[i].t !== y[j].t && !(last && singularWord(x[i].t) === singularWord(y[j].t))) return false;
    i++;
    j++;
  }
}

/**
 * What sameName compares, as one string: the name words without "and", the last in the singular.
 * sameName(a, b) implies nameKey(a) === nameKey(b), so it sorts out names that cannot match.
 */
export function nameKey(s: string): string {
  let k = keyCache.get(s);
  if (k !== undefined) return k;
  const words = nameTokens(s)
    .map((x) => x.t)
    .filter((t) => t !== 'and');
  if (words.length) words[words.length - 1] = singularWord(words[words.length - 1]);
  k = words.join(' ');
  if (keyCache.size > 20000) keyCache.clear();
  keyCache.set(s, k);
  return k;
}
const keyCache = new Map<string, string>();

function singularWord(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  return w;
}

function pluralWord(w: string): string {
  if (/[^aeiou]y$/i.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(w)) return w + 'es';
  return w + 's';
}

/** "unmanned aircraft system" → "unmanned aircraft systems"; a name already plural is kept. */
export function pluralName(name: string): string {
  const m = /([\p{L}]+)(\W*)$/u.exec(name);
  if (!m) return name;
  const word = m[1];
  if (/[^s]s$/.test(word) && !/(ss|us|is)$/.test(word)) return name;
  return name.slice(0, m.index) + pluralWord(word) + m[2];
}

/** "improvised explosive devices" → "improvised explosive device". */
export function singularName(name: string): string {
  const m = /([\p{L}]+)(\W*)$/u.exec(name);
  if (!m || !/s$/.test(m[1]) || /(ss|us|is)$/.test(m[1])) return name;
  return name.slice(0, m.index) + singularWord(m[1]) + m[2];
}

/** The name in the number of the acronym as written (UASs wants a plural name). */
export function nameInNumber(name: string, plural: boolean): string {
  return plural ? pluralName(name) : name;
}
