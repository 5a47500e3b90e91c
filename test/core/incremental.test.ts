import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { clearCleanTextCache, clearTextCaches, createResolutionService, parse, type Diagnostic } from '../../server/src/core';
import { repoFile, ROOT } from '../helpers/fixture';

// After an edit only the edited paragraphs are recomputed (text-keyed caches); the result must
// be exactly what a cold, full analysis of the same text gives.
const docs = [
  'examples/S-RES-2370-2017.resolution.md',
  ...readdirSync(join(ROOT, 'test/corpus/sc_md')).slice(0, 40).map((f) => `test/corpus/sc_md/${f}`),
].map((p) => repoFile(p));

const show = (ds: Diagnostic[]) => ds.map((d) => `${d.span.start}-${d.span.end} ${d.severity} ${d.code} ${d.message} | ${(d.fixes ?? []).map((f) => f.title + JSON.stringify(f.edits)).join(' ; ')}`);

function cold(text: string): string[] {
  clearTextCaches();
  clearCleanTextCache();
  return show(createResolutionService({ settings: { today: '2026-11-27' } }).diagnostics(parse(text)));
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat(40),
  insert: fc.constantFrom('', 'x', ' ', ',', ';', '.', '\n\n', '\n\n7. *Decides* ', 'UNOCT ', 'resolution 1373 (2002) ', '(b) ', 'Recalling ', '*', 'ü'),
});

test('analysis after random edit sequences equals a cold full analysis', () => {
  fc.assert(
    fc.property(fc.nat(docs.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
      let text = docs[which];
      const warm = createResolutionService({ settings: { today: '2026-11-27' } });
      warm.diagnostics(parse(text));
      for (const e of edits) {
        const at = Math.floor(e.at * text.length);
        text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
        const incremental = show(warm.diagnostics(parse(text)));
        assert.deepEqual(incremental, cold(text));
        // Warm the caches again with this version, as an editor session would.
        warm.diagnostics(parse(text));
      }
    }),
    { numRuns: 60, seed: 20261127 },
  );
});
