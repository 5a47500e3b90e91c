import type { Span } from './span';

/**
 * A paragraph's words without Markdown: emphasis markers, link syntax, footnote
 * references, escapes and HTML comments removed; NBSP and similar spaces read as a
 * space, U+2010/U+2011 as a hyphen, line breaks as a space. Every character keeps
 * the source offset it came from, so rules match on clean text and report on source.
 */
export class CleanText {
  constructor(
    readonly text: string,
    /** map[i] = source offset of text[i]; map[text.length] = source end. */
    private readonly map: Int32Array,
    /** Italic runs (Markdown `*x*`), in clean offsets. */
    readonly italics: readonly Span[],
  ) {}

  sourceOffset(i: number): number {
    return this.map[Math.max(0, Math.min(i, this.text.length))];
  }

  /** Source span covering clean characters [start, end). */
  toSource(s: Span): Span {
    const start = this.sourceOffset(s.start);
    if (s.end <= s.start) return { start, end: start };
    return { start, end: this.map[Math.min(s.end, this.text.length) - 1] + 1 };
  }

  /** Clean index of a source offset (the first clean character at or after it). */
  fromSource(offset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.map[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  isItalic(start: number, end: number): boolean {
    return this.italics.some((r) => r.start <= start && r.end >= end);
  }
}

const SPACE_LIKE = /[\u00a0\u2007\u202f\u2000-\u200a\t\ufeff]/;
const HYPHEN_LIKE = /[\u2010\u2011]/;
const ESCAPABLE = /[\\`*_{}[\]()#+\-.!<>|~"'$]/;

/** Builds the clean text of source segments, joined by one space each. */
export function cleanSegments(source: string, segments: readonly Span[]): CleanText {
  const out: string[] = [];
  const map: number[] = [];
  const italics: Span[] = [];
  let italicStart = -1;
  let boldDepth = 0;

  const push = (ch: string, at: number) => {
    out.push(ch);
    map.push(at);
  };

  segments.forEach((seg, segIndex) => {
    if (segIndex > 0) push(' ', segments[segIndex - 1].end);
    let i = seg.start;
    const end = seg.end;
    while (i < end) {
      const ch = source[i];
      if (ch === '\\' && i + 1 < end && ESCAPABLE.test(source[i + 1])) {
        push(source[i + 1], i + 1);
        i += 2;
        continue;
      }
      if (ch === '<' && source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 4);
        i = close < 0 || close + 3 > end ? end : close + 3;
        continue;
      }
      if (ch === '[') {
        if (source[i + 1] === '^') {
          const close = source.indexOf(']', i);
          if (close > 0 && close < end && close - i < 12) {
            i = close + 1;
            continue;
          }
        }
        const link = matchLink(source, i, end);
        if (link) {
          // Keep the link text (it may carry emphasis or escapes), drop the target.
          let j = i + 1;
          while (j < link.textEnd) {
            if (source[j] === '\\' && j + 1 < link.textEnd && ESCAPABLE.test(source[j + 1])) {
              push(source[j + 1], j + 1);
              j += 2;
            } else if (source[j] === '*') {
              j++;
            } else {
              push(normalize(source[j]), j);
              j++;
            }
          }
          i = link.end;
          continue;
        }
      }
      if (ch === '*') {
        let j = i;
        while (j < end && source[j] === ch) j++;
        const run = j - i;
        const prev = i > seg.start ? source[i - 1] : ' ';
        const next = j < end ? source[j] : ' ';
        const flanking = !(isSpace(prev) && isSpace(next));
        if (flanking) {
          if (run >= 2) boldDepth = boldDepth ? 0 : 1;
          if (run % 2 === 1) {
            if (italicStart < 0) italicStart = out.length;
            else {
              if (out.length > italicStart) italics.push({ start: italicStart, end: out.length });
              italicStart = -1;
            }
          }
          i = j;
          continue;
        }
      }
      if (ch === '\r') {
        i++;
        continue;
      }
      push(ch === '\n' ? ' ' : normalize(ch), i);
      i++;
    }
  });
  if (italicStart >= 0 && out.length > italicStart) italics.push({ start: italicStart, end: out.length });
  const last = segments.length ? segments[segments.length - 1].end : 0;
  map.push(last);
  return new CleanText(out.join(''), Int32Array.from(map), italics);
}

function normalize(ch: string): string {
  if (SPACE_LIKE.test(ch)) return ' ';
  if (HYPHEN_LIKE.test(ch)) return '-';
  return ch;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || SPACE_LIKE.test(ch);
}

/** `[text](target)` starting at i, on one paragraph. */
function matchLink(source: string, i: number, end: number): { textEnd: number; end: number } | undefined {
  let depth = 0;
  let j = i;
  for (; j < end && j - i < 400; j++) {
    const c = source[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) break;
    }
  }
  if (j >= end || source[j] !== ']' || source[j + 1] !== '(') return undefined;
  const close = source.indexOf(')', j + 2);
  if (close < 0 || close >= end || close - j > 300 || /\s/.test(source.slice(j + 2, close))) return undefined;
  return { textEnd: j, end: close + 1 };
}
