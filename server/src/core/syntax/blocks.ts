import type { LineIndex } from '../text/line-index';
import type { Span } from '../text/span';

export interface Block {
  readonly span: Span;
  /** An HTML comment standing alone on its lines. */
  readonly comment: boolean;
}

const BLANK = /^[\s\u00a0\ufeff\u200b]*$/;
/** Lines that always start a paragraph, even without a blank line before them. */
const STARTS_PARAGRAPH = /^[\s*[]*(?:\d{1,3}(?:\s?(?:bis|ter|quater|quinquies|sexies|septies|octies))?\\?\.\s|\\?\((?:[a-z]{1,3}|[ivxlc]{1,6})\\?\)\s)/;

/** Splits the text into blocks: runs of non-blank lines, split again where a numbered line starts. */
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
    const content = text.slice(ls, le);
    if (inComment) {
      end = le;
      if (content.includes('-->')) inComment = false;
      continue;
    }
    if (BLANK.test(content)) {
      flush();
      continue;
    }
    const opensComment = /^\s*<!--/.test(content) && !content.includes('-->');
    if (start >= 0 && (STARTS_PARAGRAPH.test(content) || /^\s*<!--/.test(content) || isWholeComment(text, start, end))) flush();
    if (start < 0) start = ls + (content.length - content.trimStart().length);
    end = ls + content.trimEnd().length;
    if (opensComment) inComment = true;
  }
  flush();
  return blocks;
}

function isWholeComment(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end).trim();
  return s.startsWith('<!--') && s.endsWith('-->') && s.indexOf('-->') === s.length - 3;
}
