import { describePhrase, matchPhrase } from '../../phrases';
import { alternatives } from '../../syntax/opener';
import type { FeatureContext, HoverResult } from '../types';
import { paragraphAt } from './paragraphs';

/** Hover on the opener of a preambular or operative paragraph: what the phrase signals, its force, its use in adopted texts. */
export function hover({ doc }: FeatureContext, offset: number): HoverResult | undefined {
  const p = paragraphAt(doc, offset);
  if (!p) return undefined;
  const part = p.kind === 'preambular' ? 'preambular' : 'operative';
  for (const alt of alternatives(p)) {
    const m = matchPhrase(p.clean.text, alt.start, part);
    if (!m) continue;
    const span = p.clean.toSource({ start: m.start, end: m.end });
    if (offset >= span.start && offset <= span.end) return { span, markdown: describePhrase(m.phrase) };
  }
  return undefined;
}
