import type { Span } from './span';

/** An object with exactly the two number fields start and end (counted without allocating). */
function isSpan(v: object): v is Span {
  if (typeof (v as Span).start !== 'number' || typeof (v as Span).end !== 'number') return false;
  let n = 0;
  for (const k in v) if (Object.hasOwn(v, k) && ++n > 2) return false;
  return n === 2;
}

/**
 * A copy of plain data with every `{start, end}` span moved by delta: results computed for a
 * paragraph's text, reused where the same text now stands. `from` (the paragraph they were
 * computed for) is replaced by `to`; class instances are shared; shared objects and cycles
 * (a list and its items pointing at each other) are copied once and stay shared.
 */
export function shiftSpans<T>(value: T, delta: number, from?: object, to?: object): T {
  const copies = new Map<object, unknown>();
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (v === from) return to;
    const done = copies.get(v);
    if (done !== undefined) return done;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      copies.set(v, out);
      for (const x of v) out.push(copy(x));
      return out;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) return v;
    if (isSpan(v)) {
      const s = { start: v.start + delta, end: v.end + delta };
      copies.set(v, s);
      return s;
    }
    const out: Record<string, unknown> = {};
    copies.set(v, out);
    for (const k in v) if (Object.hasOwn(v, k)) out[k] = copy((v as Record<string, unknown>)[k]);
    return out;
  };
  return copy(value) as T;
}
