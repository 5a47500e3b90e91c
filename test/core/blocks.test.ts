import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitBlocks } from '../../server/src/core/syntax/blocks';
import { LineIndex } from '../../server/src/core/text/line-index';

/** The blocks of text as written, comments marked. */
function blocks(text: string): string[] {
  return splitBlocks(text, new LineIndex(text)).map((b) => (b.comment ? 'comment: ' : '') + text.slice(b.span.start, b.span.end));
}

test('blank lines (spaces, no-break and zero-width spaces) separate blocks, trimmed at both ends', () => {
  assert.deepEqual(blocks('  *Recalling* a,  \n\u00a0\u200b\ufeff\n\t*Noting* b,\r\n \r\nc'), ['*Recalling* a,', '*Noting* b,', 'c']);
});

test('a numbered or lettered line starts a block without a blank line; a number at the end of a line does not', () => {
  assert.deepEqual(blocks('1. *Decides* to:\n(a) act;\n2 bis. *Requests* x\nas in paragraph\n5.\nof it;'), ['1. *Decides* to:', '(a) act;', '2 bis. *Requests* x\nas in paragraph\n5.\nof it;']);
});

test('an HTML comment alone on its lines is a block of its own, even across lines (to the end of its last line)', () => {
  assert.deepEqual(blocks('a\n<!-- resolute-disable -->\nb\n <!-- two\n lines -->  \nc <!-- inline -->'), ['a', 'comment: <!-- resolute-disable -->', 'b', 'comment: <!-- two\n lines -->  ', 'c <!-- inline -->']);
});
