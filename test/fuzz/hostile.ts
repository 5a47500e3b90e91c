// Hostile material for the protocol fuzz: a paste of several megabytes, deep brackets, a
// citation list of ten thousand entries, and a reproducible stream of small hostile edits.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Position } from 'vscode-languageserver-protocol';
import { fragment } from '../property/arbitraries';
import { repoFile, ROOT } from '../helpers/fixture';

/** Real resolutions pasted one after another until the text passes `chars` (a whole compilation). */
export function compilation(chars: number): string {
  const dir = join('test', 'corpus', 'sc_md');
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; length < chars; round++) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) {
      const t = repoFile(dir, f);
      parts.push(t);
      length += t.length + 2;
      if (length >= chars) break;
    }
    if (round > 10) throw new Error('corpus too small for the paste');
  }
  return parts.join('\n\n');
}

export const deepBrackets = (depth: number) => '('.repeat(depth) + '[['.repeat(depth) + '*'.repeat(depth) + ']'.repeat(depth) + ')'.repeat(depth >> 1);

/** "Recalling its resolutions 1 (1946), 2 (1946), ...": numbers and years in and out of the catalogue. */
export function citationList(count: number): string {
  const items = Array.from({ length: count }, (_, i) => `${i + 1} (${1946 + (i % 81)})`);
  return `\n\n*Recalling* its resolutions ${items.join(', ')},\n\n`;
}

export interface SmallEdit {
  /** Where, as a fraction of the current length. */
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
  /** Send the whole text instead of a range (an editor's full sync). */
  readonly full: boolean;
}

const smallEdit: fc.Arbitrary<SmallEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
  insert: fc.oneof(fragment, fc.array(fragment, { maxLength: 8 }).map((f) => f.join(''))),
  full: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

/** The same edits for the same seed, so a failure can be replayed. */
export function smallEdits(count: number, seed: number): SmallEdit[] {
  return fc.sample(smallEdit, { numRuns: count, seed });
}

/** Every request the server serves, for one document and position. */
export function featureRequests(uri: string, position: Position): [string, unknown][] {
  const textDocument = { uri };
  return [
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/completion', { textDocument, position }],
    ['textDocument/definition', { textDocument, position }],
    ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    ['textDocument/prepareRename', { textDocument, position }],
    ['textDocument/rename', { textDocument, position, newName: 'X😀' }],
    ['textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/documentLink', { textDocument }],
  ];
}
