// The checker reads only what it is given, refuses what it cannot read as UTF-8 text, and
// writes only with --fix: atomically, keeping the byte-order mark, the file mode and
// symbolic links, and never a file it could not analyse fully.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createResolutionService, parse } from '../../server/src/core';
import { applyEdits, safeFixes } from '../../server/src/core';
import { ROOT } from '../helpers/fixture';

const dir = mkdtempSync(join(tmpdir(), 'resolute-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function check(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A draft with problems the rules can fix safely: punctuation, a number without its full stop. */
const DRAFT = 'The Security Council,\n\nRecalling its resolution 1373 (2001).\n\nNoting the report\n\n1. *Decides* to act.\n\n2 *Requests* the Secretary-General to report;\n\n3. *Decides* to remain seized of the matter;\n';

/** What --fix should produce: the safe preferred fixes, pass after pass, as the core offers them. */
function expectedFix(text: string): string {
  const service = createResolutionService();
  let out = text;
  for (let pass = 0; pass < 5; pass++) {
    const { edits } = safeFixes(service.diagnostics(parse(out, 'markdown')));
    if (!edits.length) break;
    out = applyEdits(out, edits);
  }
  return out;
}

test('a binary or non-UTF-8 file is refused with exit status 2 and one line', () => {
  const cases: [string, Buffer, RegExp][] = [
    ['nul.md', Buffer.from('The Security Council,\u0000\n'), /binary file/],
    ['latin1.md', Buffer.from([0x54, 0x68, 0x65, 0x20, 0xe9, 0x74, 0xe9, 0x0a]), /not valid UTF-8/],
    ['utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The Security Council,\n', 'utf16le')]), /UTF-16/],
    ['image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /binary file/],
  ];
  for (const [name, bytes, reason] of cases) {
    const path = file(name, bytes);
    const r = check(path);
    assert.equal(r.status, 2, name);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, `${name}: ${r.stderr}`);
    assert.match(lines[0], new RegExp(`^resolute: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    assert.match(lines[0], reason);
    assert.equal(r.stdout, '');
  }
});

test('a refused file does not stop the others from being checked', () => {
  const sub = mkdtempSync(join(dir, 'mixed-'));
  writeFileSync(join(sub, 'good.resolution.md'), DRAFT);
  writeFileSync(join(sub, 'bad.resolution.md'), Buffer.from([0xc3, 0x28]));
  const r = check('--format', 'json', sub);
  assert.equal(r.status, 2);
  assert.deepEqual(JSON.parse(r.stdout).map((f: { file: string }) => f.file), [join(sub, 'good.resolution.md')]);
});

test('a UTF-8 byte-order mark is accepted and positions count after it', () => {
  const plain = JSON.parse(check('--format', 'json', file('plain.md', DRAFT)).stdout)[0].diagnostics;
  const bom = JSON.parse(check('--format', 'json', file('bom.md', '\ufeff' + DRAFT)).stdout)[0].diagnostics;
  assert.deepEqual(bom, plain);
});

test('without --fix nothing is written', () => {
  const sub = mkdtempSync(join(dir, 'readonly-'));
  const path = join(sub, 'draft.resolution.md');
  writeFileSync(path, DRAFT);
  const before = statSync(path);
  check(sub);
  check('--format', 'sarif', path);
  assert.equal(readFileSync(path, 'utf8'), DRAFT);
  assert.equal(statSync(path).mtimeMs, before.mtimeMs);
  assert.deepEqual(readdirSync(sub), ['draft.resolution.md']);
});

test('--fix applies the safe fixes, says what it fixed, keeps the mark, the mode and the line ends', () => {
  const expected = expectedFix(DRAFT);
  assert.notEqual(expected, DRAFT, 'the sample draft needs at least one safe fix for this test to mean anything');
  const sub = mkdtempSync(join(dir, 'fix-'));
  const path = join(sub, 'draft.resolution.md');
  writeFileSync(path, '\ufeff' + DRAFT);
  chmodSync(path, 0o640);
  const r = check('--fix', '--format', 'json', path);
  assert.equal(readFileSync(path, 'utf8'), '\ufeff' + expected);
  assert.equal(statSync(path).mode & 0o777, 0o640);
  assert.match(r.stderr, new RegExp(`^resolute: ${path}: fixed \\d+ problems? \\(`, 'm'));
  assert.deepEqual(readdirSync(sub), ['draft.resolution.md'], 'no temporary file left behind');
  // The report describes the text as written.
  const reported = JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string }) => d.code);
  assert.deepEqual(reported, createResolutionService().diagnostics(parse(expected, 'markdown')).map((d) => d.code));
  // CRLF stays CRLF where the fixes did not write.
  const crlf = file('crlf.resolution.md', DRAFT.replace(/\n/g, '\r\n'));
  check('--fix', crlf);
  assert.equal(readFileSync(crlf, 'utf8'), expectedFix(DRAFT.replace(/\n/g, '\r\n')));
});

test('--fix writes through a symbolic link to its target, and the link stays a link', () => {
  const target = file('target.resolution.md', DRAFT);
  const link = join(dir, 'link.resolution.md');
  symlinkSync(target, link);
  check('--fix', link);
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.equal(readFileSync(target, 'utf8'), expectedFix(DRAFT));
});

test('--fix leaves alone a file it cannot analyse fully (over the size limit, in reduced mode)', () => {
  const big = DRAFT + '\n' + 'Noting the report,\n\n'.repeat(Math.ceil((5.1 * 1024 * 1024) / 20));
  const path = file('big.resolution.md', big);
  const r = check('--fix', path);
  assert.match(r.stderr, /not fixed: larger than the size limit/);
  assert.equal(readFileSync(path, 'utf8'), big);
});

test('--fix on a file that cannot be read writes nothing', () => {
  const path = file('binary.resolution.md', Buffer.from('The Security Council.\u0000\n'));
  const r = check('--fix', path);
  assert.equal(r.status, 2);
  assert.equal(readFileSync(path, 'latin1'), 'The Security Council.\u0000\n');
});
