/** Half-open range of UTF-16 code-unit offsets into the source text: [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function contains(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The span d characters later (earlier when d < 0). */
export function shiftSpan(s: Span, d: number): Span {
  return { start: s.start + d, end: s.end + d };
}
