import type { Label } from './model';

const NUMBERED = /^(\s*\[?\s*)(\d{1,3})(?:\s*(bis|ter|quater|quinquies|sexies|septies|octies))?\s*\.(?=\s|$)/;
const SUB = /^(\s*\[?\s*)\(([a-z]{1,3}|[ivxlc]{1,7})\)(?=\s|$)/;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/** The label at the start of clean text, in clean offsets; sub-paragraph styles are provisional. */
export function parseLabel(text: string): Label | undefined {
  const n = NUMBERED.exec(text);
  if (n) {
    const start = n[1].length;
    const raw = n[3] ? `${n[2]} ${n[3]}` : n[2];
    return { raw, value: Number(n[2]), suffix: n[3], style: 'number', span: { start, end: start + n[0].length - n[1].length - 1 } };
  }
  const s = SUB.exec(text);
  if (s) {
    const raw = s[2];
    const start = s[1].length + 1;
    const roman = romanValue(raw);
    const style = roman && (raw.length > 1 || raw === 'i') ? 'roman' : 'letter';
    return { raw, value: style === 'roman' ? roman : letterValue(raw), style, span: { start, end: start + raw.length } };
  }
  return undefined;
}

/** 1-based value of a roman numeral in lower case, or 0. */
export function romanValue(raw: string): number {
  if (!raw || !ROMAN.test(raw)) return 0;
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < raw.length; i++) {
    const cur = v[raw[i]];
    const next = v[raw[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** a=1 ... z=26, aa=27 ... */
export function letterValue(raw: string): number {
  if (raw.length > 1 && raw.split('').every((c) => c === raw[0])) return 26 * (raw.length - 1) + raw.charCodeAt(0) - 96;
  return raw.charCodeAt(0) - 96;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

export function toLetter(n: number): string {
  return n <= 26 ? String.fromCharCode(96 + n) : String.fromCharCode(96 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1);
}

/**
 * Decides whether "(i)", "(v)", "(x)" continue a letter list at level 1 or a roman list
 * at level 2, from the last level-1 sub-paragraph and its last child, and from the level-1
 * siblings: "(ii)" after an earlier level-1 "(i)" heads the next group of a list led by romans.
 */
export function placeSub(
  label: Label,
  lastLevel1?: { label?: Label; children: { label?: Label }[] },
  siblings: readonly { label?: Label }[] = [],
): { level: 1 | 2; label: Label } {
  const raw = label.raw;
  const rv = romanValue(raw);
  const prev = lastLevel1?.label;
  if (!rv || !prev) return { level: 1, label };
  const lastChild = lastLevel1!.children[lastLevel1!.children.length - 1]?.label;
  const asRoman: Label = { ...label, style: 'roman', value: rv };
  const asLetter: Label = { ...label, style: 'letter', value: letterValue(raw) };
  if (lastChild?.style === 'roman' && lastChild.value + 1 === rv) return { level: 2, label: asRoman };
  let lastLetter = prev.style === 'letter' ? prev : undefined;
  for (let i = siblings.length - 1; !lastLetter && i >= 0; i--) if (siblings[i].label?.style === 'letter') lastLetter = siblings[i].label;
  if (lastLetter && raw.length === 1 && letterValue(raw) === lastLetter.value + 1) return { level: 1, label: asLetter };
  if (prev.style === 'roman' && prev.value + 1 === rv) return { level: 1, label: asRoman };
  if (rv > 1 && siblings.some((s) => s.label?.style === 'roman' && s.label.value === rv - 1)) return { level: 1, label: asRoman };
  if (prev.style === 'letter' && (raw === 'i' || raw.length > 1)) return { level: 2, label: asRoman };
  return { level: 1, label };
}
