import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from '../../server/src/core';
import { windowBefore } from '../../server/src/core/acronyms/fit';
import { recogniseParagraph } from '../../server/src/core/citations';

// The memory release of a quiet long draft is a full collection (server/src/lsp/main.ts). A class whose
// objects live for one call keeps a specimen (server/src/core/shapes.ts); without one, the collection
// drops its hidden class and throws away the optimised code that checks for it.
setFlagsFromString('--allow-natives-syntax');
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
// V8's own tests read optimisation this way; bit 4 is "optimised" (kOptimized).
const status = new Function('f', 'return %GetOptimizationStatus(f)') as (f: unknown) => number;
const prepare = new Function('f', '%PrepareFunctionForOptimization(f)') as (f: unknown) => void;
const optimiseOnNextCall = new Function('f', '%OptimizeFunctionOnNextCall(f)') as (f: unknown) => void;
const optimised = (f: unknown) => (status(f) & 16) !== 0;

/**
 * Optimises `fn` (called through `run`), lets every object it made go but its last result (the server
 * keeps the current version's model), collects twice (as the release does) and tells whether `fn` is
 * still optimised.
 */
function optimisedAfterCollection(fn: unknown, run: () => unknown = fn as () => unknown): boolean {
  // A first optimisation may meet a shape its feedback had not seen yet and fall back: again, then.
  for (let round = 0; round < 5 && !optimised(fn); round++) {
    prepare(fn);
    for (let i = 0; i < 30; i++) run();
    optimiseOnNextCall(fn);
    run();
  }
  const kept = run();
  assert.ok(optimised(fn), `optimised before the collection (status ${status(fn)})`);
  gc();
  gc();
  assert.ok(kept !== undefined);
  return optimised(fn);
}

const DRAFT = `The Security Council,

*Recalling* its resolution 1373 (2001) and the United Nations Office of Counter-Terrorism (UNOCT),

1. *Decides* to remain seized of the matter.
`;

test('the acronym name window: code that makes one stays optimised', () => {
  const texts = ['the Counter-Terrorism Committee Executive Directorate', 'United Nations Office of Counter-Terrorism', 'the Security Council'];
  let i = 0;
  const run = () => {
    const t = texts[i++ % texts.length];
    const w = windowBefore(t, t.length);
    return w.last(2).length + (w.fromEnd(1)?.at ?? 0);
  };
  assert.ok(optimisedAfterCollection(run));
});

test('the citation reader: code that makes one stays optimised', () => {
  const p = parse(DRAFT).preamble[0];
  const run = () => recogniseParagraph(p, DRAFT).sc.length;
  assert.equal(run(), 1);
  assert.ok(optimisedAfterCollection(run));
});

test('the parser\'s builder: the parser stays optimised', () => {
  assert.ok(optimisedAfterCollection(parse, () => parse(DRAFT)));
});
