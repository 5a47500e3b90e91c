import type { LineIndex } from '../text/line-index';
import type { Span } from '../text/span';

export interface Block {
  readonly span: Span;
  /** An HTML comment standing alone on its lines. */
  readonly comment: boolean;
}

/** Lines that always start a paragraph, even without a blank line before them. */
const STARTS_PARAGRAPH = /^[\s*[]*(?:\d{1,3}(?:\s?(?:bis|ter|quater|quinquies|sexies|septies|octies))?\\?\.\s|\\?\((?:[a-z]{1,3}|[ivxlc]{1,6})\\?\)\s)/;

/** What `\s` (and so `trim`) matches, by character code. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** First offset in [from, to) that is not a space (nor, with zeroWidth, a zero-width space); `to` if none. */
function skipSpaces(text: string, from: number, to: number, zeroWidth = false): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && !(zeroWidth && c === 0x200b)) break;
    i++;
  }
  return i;
}

/** End of [from, to) without its trailing spaces. */
function trimmedEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Splits the text into blocks: runs of non-blank lines, split again where a numbered line starts.
 * Reads the text in place (no copy of its lines): a long draft is split again on every keystroke.
 */
export function splitBlocks(text: string, lines: LineIndex): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  let end = -1;
  let inComment = false;
  const flush = () => {
    if (start >= 0) blocks.push({ span: { start, end }, comment: isWholeComment(text, start, end) });
    start = -1;
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const ls = lines.lineStart(line);
    const le = lines.lineEnd(line);
    if (inComment) {
      end = le;
      if (text.slice(ls, le).includes('-->')) inComment = false;
      continue;
    }
    if (isBlank(text, ls, le)) {
      flush();
      continue;
    }
    const first = skipSpaces(text, ls, le);
    const comment = commentBits(text, first, le);
    const startsComment = comment !== 0;
    const opensComment = (comment & OPENS_COMMENT) !== 0;
    if (start >= 0 && (startsComment || startsParagraph(text, ls, le) || isWholeComment(text, start, end))) flush();
    if (start < 0) start = first;
    end = trimmedEnd(text, ls, le);
    if (opensComment) inComment = true;
  }
  flush();
  return blocks;
}

/** Blank: spaces, no-break and zero-width spaces only. */
const isBlank = (text: string, ls: number, le: number) => skipSpaces(text, ls, le, true) === le;
const startsParagraph = (text: string, ls: number, le: number) => STARTS_PARAGRAPH.test(text.slice(ls, le));

/**
 * What of the line [ls, le) decides where blocks start and end in `splitBlocks`, as bits: an edit
 * inside a line of a text block that leaves them as they were leaves every block where it was but
 * that one, whose ends are its first and last lines' trimmed ends.
 */
export function lineShape(text: string, ls: number, le: number): number {
  if (isBlank(text, ls, le)) return 1;
  return 2 | commentBits(text, skipSpaces(text, ls, le), le) | (startsParagraph(text, ls, le) ? 16 : 0);
}

const STARTS_COMMENT = 4;
const OPENS_COMMENT = 8;
/** Whether the line, from its first non-space character at `first`, starts an HTML comment, and leaves it open. */
function commentBits(text: string, first: number, le: number): number {
  if (!text.startsWith('<!--', first)) return 0;
  return text.slice(first, le).includes('-->') ? STARTS_COMMENT : STARTS_COMMENT | OPENS_COMMENT;
}

/** The span of a text block whose first line starts at firstLine and last line is [ls, le). */
export function blockSpan(text: string, firstLine: number, firstLineEnd: number, ls: number, le: number): { start: number; end: number } {
  return { start: skipSpaces(text, firstLine, firstLineEnd), end: trimmedEnd(text, ls, le) };
}

/** [start, end), trimmed, is one HTML comment. */
function isWholeComment(text: string, start: number, end: number): boolean {
  const from = skipSpaces(text, start, end);
  if (!text.startsWith('<!--', from)) return false;
  const to = trimmedEnd(text, from, end);
  return to - from >= 4 && text.startsWith('-->', to - 3) && text.indexOf('-->', from) === to - 3;
}
