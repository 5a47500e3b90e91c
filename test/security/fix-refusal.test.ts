// `check --fix` in this process, with rules injected next to the real ones: it never writes a
// file on which a check failed, and it applies only safe, preferred, non-overlapping edits.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { RULES, type Diagnostic, type Fix, type Rule } from '../../server/src/core';
import { readDraft } from '../../server/src/cli/files';
import { createFixer } from '../../server/src/cli/fix';
import { safeFixes } from '../../server/src/core';

const dir = mkdtempSync(join(tmpdir(), 'resolute-fix-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A rule that offers a safe, preferred fix for "Recalling" without italics, and one that fails on "FAIL". */
const italic: Rule = {
  code: 'style/test-italic',
  defaultSeverity: 'warning',
  description: 'test rule',
  check: ({ doc }) => [...doc.text.matchAll(/^Recalling/gm)].map((m) => ({
    code: 'style/test-italic',
    span: { start: m.index, end: m.index + 9 },
    message: 'italics',
    fixes: [{ title: 'Italicize', edits: [{ span: { start: m.index, end: m.index + 9 }, newText: '*Recalling*' }], safe: true, isPreferred: true }],
  })),
};
const failing: Rule = {
  code: 'style/test-fails',
  defaultSeverity: 'warning',
  description: 'test rule',
  check: ({ doc }) => {
    if (doc.text.includes('FAIL')) throw new Error('boom');
    return [];
  },
};
(RULES as Rule[]).push(italic, failing);

async function fixFile(name: string, text: string): Promise<{ after: string; log: string[] }> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const log: string[] = [];
  const read = await readDraft(path);
  assert.ok(read.ok);
  await createFixer({}, (m) => log.push(m))(path, read);
  return { after: readFileSync(path, 'utf8'), log };
}

test('a file is fixed when every check ran on it', async () => {
  const { after, log } = await fixFile('ok.resolution.md', 'The Security Council,\n\nRecalling its resolution 1373 (2001),\n');
  assert.match(after, /^\*Recalling\* its resolution/m);
  assert.ok(log.some((l) => /fixed \d+ problems? \(.*style\/test-italic/.test(l)), log.join('\n'));
});

test('a file on which a check failed is not written', async () => {
  const text = 'The Security Council,\n\nRecalling its resolution 1373 (2001), FAIL\n';
  const { after, log } = await fixFile('fails.resolution.md', text);
  assert.equal(after, text);
  assert.ok(log.some((l) => l.includes('not fixed: a check failed')), log.join('\n'));
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('resolute-tmp')), []);
});

test('only safe, preferred, plain edits are chosen, and overlapping ones wait for the next pass', () => {
  const d = (start: number, end: number, fix: Partial<Fix>): Diagnostic => ({
    code: `style/test-${start}`,
    severity: 'warning',
    span: { start, end },
    message: 'm',
    fixes: [{ title: 't', edits: [{ span: { start, end }, newText: 'x' }], ...fix }],
  });
  const { edits, codes } = safeFixes([
    d(0, 5, { safe: true, isPreferred: true }),
    d(3, 8, { safe: true, isPreferred: true }), // overlaps the first
    d(10, 12, { safe: true }), // not preferred
    d(14, 16, { isPreferred: true }), // not safe
    d(18, 20, { safe: true, isPreferred: true, snippet: true }),
    d(22, 24, { safe: true, isPreferred: true, command: { id: 'resolute.addToGlossary', args: [] } }),
    d(26, 28, { safe: true, isPreferred: true }),
  ]);
  assert.deepEqual(codes, ['style/test-0', 'style/test-26']);
  assert.deepEqual(edits.map((e) => e.span.start), [0, 26]);
});
