import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildLargeDraft } from '../../bench/large-draft';
import { createResolutionService, parse } from '../../server/src/core';
import { ROOT } from '../helpers/fixture';

// The text-keyed caches outlive document versions: nothing they keep may hold a whole earlier
// version of the text alive (a slice of it would), or every keystroke in a long draft leaks its size.
test('typing in a 1 MB draft keeps no earlier version of the text alive', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed / 1048576;
  };
  const service = createResolutionService();
  let text = buildLargeDraft(join(ROOT, 'test/corpus/sc_md'), 1024 * 1024);
  let at = text.indexOf('Reaffirming');
  const type = (n: number) => {
    for (let i = 0; i < n; i++) {
      text = text.slice(0, at) + 'abcdefghij'[i % 10] + text.slice(at);
      at++;
      service.diagnostics(parse(text));
    }
  };
  type(5);
  const before = heap();
  type(30);
  // Each version is about 2 MB (UTF-16): 30 kept alive would add some 60 MB.
  assert.ok(heap() - before < 20, `heap grew by ${(heap() - before).toFixed(1)} MB over 30 keystrokes`);
});
