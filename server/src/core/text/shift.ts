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
 *
 * The same cached value is moved again after every edit above it, so its shape is read once
 * into a plan (plans), and each move only allocates.
 */
export function shiftSpans<T>(value: T, delta: number, from?: object, to?: object): T {
  if (value === null || typeof value !== 'object' || value === from) return value === from ? (to as T) : value;
  let plan = plans.get(value);
  if (!plan || plan.from !== from) plans.set(value, (plan = planOf(value, from)));
  return run(plan, delta, to) as T;
}

/** A field of a copied object: a value kept as it is, another copied node, or the paragraph. */
type Field = { readonly key: string | number; readonly kind: 'keep'; readonly value: unknown } | { readonly key: string | number; readonly kind: 'node'; readonly node: number } | { readonly key: string | number; readonly kind: 'to' };

interface Node {
  readonly array: boolean;
  /** For a span: its start and end before the move. */
  readonly span?: Span;
  readonly fields: Field[];
}

interface Plan {
  readonly from?: object;
  /** Node 0 is the value itself. */
  readonly nodes: Node[];
}

const plans = new WeakMap<object, Plan>();

function planOf(value: object, from?: object): Plan {
  const nodes: Node[] = [];
  const index = new Map<object, number>();
  const field = (key: string | number, v: unknown): Field => {
    if (v === null || typeof v !== 'object') return { key, kind: 'keep', value: v };
    if (v === from) return { key, kind: 'to' };
    if (!Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype) return { key, kind: 'keep', value: v };
    return { key, kind: 'node', node: visit(v) };
  };
  const visit = (v: object): number => {
    const known = index.get(v);
    if (known !== undefined) return known;
    const at = nodes.length;
    index.set(v, at);
    if (Array.isArray(v)) {
      const node: Node = { array: true, fields: [] };
      nodes.push(node);
      for (let i = 0; i < v.length; i++) node.fields.push(field(i, v[i]));
    } else if (isSpan(v)) {
      nodes.push({ array: false, span: { start: v.start, end: v.end }, fields: [] });
    } else {
      const node: Node = { array: false, fields: [] };
      nodes.push(node);
      for (const k in v) if (Object.hasOwn(v, k)) node.fields.push(field(k, (v as Record<string, unknown>)[k]));
    }
    return at;
  };
  visit(value);
  return { from, nodes };
}

function run(plan: Plan, delta: number, to?: object): unknown {
  const { nodes } = plan;
  const outs: unknown[] = new Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    outs[i] = n.span ? { start: n.span.start + delta, end: n.span.end + delta } : n.array ? [] : {};
  }
  for (let i = 0; i < nodes.length; i++) {
    const out = outs[i] as Record<string | number, unknown>;
    for (const f of nodes[i].fields) out[f.key] = f.kind === 'keep' ? f.value : f.kind === 'node' ? outs[f.node] : to;
  }
  return outs[0];
}
