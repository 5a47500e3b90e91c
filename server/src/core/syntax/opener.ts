import type { Span } from '../text/span';
import type { Paragraph } from './model';

/**
 * The opener of a paragraph, split into its negotiation alternatives: "[Decides/Requests]"
 * gives "Decides" and "Requests"; any other opener is its own single alternative. Clean offsets.
 */
export function alternatives(p: Paragraph): Span[] {
  const o = p.opener;
  if (!o) return [];
  const t = p.clean.text;
  if (t[o.start] !== '[' || t[o.end - 1] !== ']') return [o];
  const out: Span[] = [];
  let start = o.start + 1;
  for (let i = start; i <= o.end - 1; i++) {
    if (i === o.end - 1 || t[i] === '/') {
      let s = start;
      let e = i;
      while (s < e && t[s] === ' ') s++;
      while (e > s && t[e - 1] === ' ') e--;
      if (e > s) out.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}
