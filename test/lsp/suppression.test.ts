import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ROOT } from '../helpers/fixture';
import { startServer } from '../helpers/lsp-client';

// Two wrong years; the comment silences the first only, in the checker and in the editor alike.
const draft = [
  'The Security Council,',
  '',
  '<!-- resolute-disable-next-line citation/year-mismatch -->',
  '*Recalling* its resolution 1373 (2002),',
  '',
  '*Recalling also* its resolution 2370 (2016),',
  '',
  '1. *Decides* to remain seized of the matter.',
  '',
].join('\n');
const without = draft.replace('<!-- resolute-disable-next-line citation/year-mismatch -->\n', '');
const dir = mkdtempSync(join(tmpdir(), 'resolute-suppress-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const yearLines = (ds: { code: string; range: { start: { line: number } } }[]) => ds.filter((d) => d.code === 'citation/year-mismatch').map((d) => d.range.start.line);

function checker(text: string) {
  const file = join(dir, 'draft.resolution.md');
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  return JSON.parse(r.stdout)[0].diagnostics;
}

test('checker: the comment removes exactly the diagnostic on the next line', () => {
  assert.deepEqual(yearLines(checker(without)), [2, 4]);
  const ds = checker(draft);
  assert.deepEqual(yearLines(ds), [5]);
  assert.ok(!ds.some((d: { code: string }) => d.code === 'style/unused-suppression'));
});

test('editor: the same', async () => {
  const server = await startServer();
  try {
    await server.open('file:///tmp/without.resolution.md', without);
    await server.open('file:///tmp/with.resolution.md', draft);
    const a = (await server.diagnosticsFor('file:///tmp/without.resolution.md', 1)) as { code: string; range: { start: { line: number } } }[];
    const b = (await server.diagnosticsFor('file:///tmp/with.resolution.md', 1)) as { code: string; range: { start: { line: number } } }[];
    assert.deepEqual(yearLines(a), [2, 4]);
    assert.deepEqual(yearLines(b), [5]);
  } finally {
    await server.stop();
  }
});
