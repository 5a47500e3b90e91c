import { CleanText } from '../../server/src/core/text/clean-text';

/**
 * A copy to compare: a clean text becomes its words, italics and the source offset of every
 * character (a moved one stores them relative to another base), a view the fields it shows;
 * shared objects stay shared.
 */
export function plain(v: unknown, seen = new Map<object, unknown>()): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (seen.has(v)) return seen.get(v);
  if (v instanceof CleanText) {
    const out = { text: v.text, italics: v.italics, offsets: Array.from({ length: v.text.length + 1 }, (_, i) => v.sourceOffset(i)) };
    seen.set(v, out);
    return out;
  }
  if (v instanceof Map) {
    const out = new Map();
    seen.set(v, out);
    for (const [k, x] of v) out.set(k, plain(x, seen));
    return out;
  }
  const out: Record<string, unknown> | unknown[] = Array.isArray(v) ? [] : {};
  seen.set(v, out);
  // A view (a citation seen where its text now stands) compares by the fields it shows.
  const fields = 'toJSON' in v && typeof v.toJSON === 'function' ? (v.toJSON() as object) : v;
  for (const [k, x] of Object.entries(fields)) (out as Record<string, unknown>)[k] = plain(x, seen);
  return out;
}
