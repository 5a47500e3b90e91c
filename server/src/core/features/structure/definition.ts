import { internalReferences, resolveItem } from '../../syntax/references';
import type { Span } from '../../text/span';
import type { FeatureContext } from '../types';

/** Go to definition on "paragraph 5 above" or "paragraph 6 (b)": the paragraph it names. */
export function definition({ doc }: FeatureContext, offset: number): Span[] {
  for (const ref of internalReferences(doc)) {
    if (offset < ref.span.start || offset > ref.span.end) continue;
    const hit = ref.items.find((i) => offset >= i.span.start && offset <= i.span.end);
    const items = hit ? [hit] : ref.items;
    return items.map((i) => resolveItem(doc, i, ref.from)).filter((p) => p !== undefined).map((p) => p.span);
  }
  return [];
}
