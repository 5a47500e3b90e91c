/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

/** Converts offsets to positions and back; lines end at \n, \r\n or \r. */
export class LineIndex {
  private readonly starts: number[];

  /** `starts`: the line starts of text, when known (`afterEdit`). */
  constructor(
    private readonly text: string,
    starts?: number[],
  ) {
    this.starts = starts ?? lineStarts(text);
  }

  /**
   * The index of `text`, which is the text of `before` with an edit inside line `line` that
   * added `delta` characters and no line break. Takes over the line starts of `before`, which must
   * not be used again (the parser's model of the version before is replaced by the new one).
   */
  static afterEdit(before: LineIndex, text: string, line: number, delta: number): LineIndex {
    const starts = before.starts;
    for (let i = line + 1; i < starts.length; i++) starts[i] += delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    return Math.min(this.lineStart(pos.line) + Math.max(0, pos.character), this.lineEnd(pos.line));
  }
}

/** Offsets where lines start; lines end at \n, \r\n or \r. */
function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // The usual case, \n only: the native search is several times faster than a loop over characters.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) {
        starts.push(i + 1);
      }
    }
  }
  return starts;
}
