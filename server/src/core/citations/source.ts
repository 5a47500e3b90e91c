import type { Paragraph } from '../syntax/model';
import type { Span } from '../text/span';

/** Source span between a number (ending at clean offset `start`) and its "(" at `end`; an escape "\(" stays outside. */
export function gapSpan(p: Paragraph, source: string, start: number, end: number): Span {
  const from = p.clean.toSource({ start: start - 1, end: start }).end;
  let to = p.clean.sourceOffset(end);
  if (to > from && source[to - 1] === '\\') to--;
  return { start: from, end: Math.max(from, to) };
}

/**
 * A citation's source span widened over the Markdown around it (`[1373 \(2001\)](#)`,
 * `*...*`), so that moving or removing it moves or removes the markup too.
 */
export function outerSpan(source: string, s: Span): Span {
  let { start, end } = s;
  for (let guard = 0; guard < 4; guard++) {
    if (source[start - 1] === '[' && source.startsWith('](', end)) {
      const close = source.indexOf(')', end + 2);
      if (close > 0 && close - end < 300 && !/\s/.test(source.slice(end + 2, close))) {
        start--;
        end = close + 1;
        continue;
      }
    }
    let k = 0;
    while (source[start - 1 - k] === '*' && source[end + k] === '*') k++;
    if (!k) break;
    start -= k;
    end += k;
  }
  return { start, end };
}
