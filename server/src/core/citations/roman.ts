const NUMERALS: readonly [number, string][] = [
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of NUMERALS) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** "XXIX" -> 29; undefined unless written the standard way (1 to 89). */
export function fromRoman(s: string): number | undefined {
  let n = 0;
  let i = 0;
  for (const [v, sym] of NUMERALS) {
    while (s.startsWith(sym, i)) {
      n += v;
      i += sym.length;
    }
  }
  return i === s.length && n > 0 && toRoman(n) === s ? n : undefined;
}
