import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse, type Rule } from '../../../server/src/core';
import { applyFix } from '../../helpers/fixture';

// A stand-in rule makes the suppression mechanics independent of any real rule's wording.
const flagX: Rule = {
  code: 'style/test-x',
  defaultSeverity: 'warning',
  description: 'flags the letter X (test only)',
  check: ({ doc }) => [...doc.text.matchAll(/X/g)].map((m) => ({ code: 'style/test-x', span: { start: m.index!, end: m.index! + 1 }, message: 'X' })),
};
const run = (text: string) => createResolutionService({ rules: [flagX] }).diagnostics(parse(text));

test('disable-next-line silences that line only, for the codes it names', () => {
  const text = 'The Security Council,\n\n<!-- resolute-disable-next-line style/test-x -->\nRecalling X,\n\nNoting X,\n';
  const d = run(text);
  assert.deepEqual(d.map((x) => [x.code, text.slice(0, x.span.start).split('\n').length]), [['style/test-x', 6]]);
});

test('a family or no code at all covers the rule; another code does not', () => {
  for (const c of ['style', 'style/*', '']) {
    assert.equal(run(`<!-- resolute-disable-next-line ${c} -->\nRecalling X,\n`).filter((x) => x.code === 'style/test-x').length, 0, c);
  }
  const other = run('<!-- resolute-disable-next-line citation/year-mismatch -->\nRecalling X,\n');
  assert.deepEqual(other.map((x) => x.code).sort(), ['style/test-x', 'style/unused-suppression']);
});

test('disable ... enable covers the region between them', () => {
  const text = 'A X\n\n<!-- resolute-disable style/test-x -->\nB X\n\nC X\n<!-- resolute-enable style/test-x -->\n\nD X\n';
  const lines = run(text).map((x) => text.slice(x.span.start - 2, x.span.start + 1));
  assert.deepEqual(lines, ['A X', 'D X']);
});

test('an unused suppression is reported as a hint, and its fix removes the line', () => {
  const text = 'The Security Council,\n\n<!-- resolute-disable-next-line style/test-x -->\nRecalling Y,\n';
  const d = run(text);
  assert.equal(d.length, 1);
  assert.equal(d[0].code, 'style/unused-suppression');
  assert.equal(d[0].severity, 'hint');
  const fixed = applyFix(text, d[0].fixes![0]);
  assert.equal(fixed, 'The Security Council,\n\nRecalling Y,\n');
  assert.deepEqual(run(fixed), []);
});

test('the suppression quick fix inserts a comment that removes exactly that finding', () => {
  const text = 'The Security Council,\n\nRecalling X,\n\nNoting X,\n';
  const service = createResolutionService({ rules: [flagX] });
  const doc = parse(text);
  const first = service.diagnostics(doc)[0];
  const fix = service.fixes(doc, first.span).find((f) => f.fix.title.startsWith('Suppress'))!.fix;
  const fixed = applyFix(text, fix);
  assert.equal(fixed, 'The Security Council,\n\n<!-- resolute-disable-next-line style/test-x -->\nRecalling X,\n\nNoting X,\n');
  assert.equal(run(fixed).length, 1);
  assert.equal(parse(fixed).preamble.length, 2, 'the comment belongs to no paragraph');
});

test('off turns the hint off', () => {
  const d = createResolutionService({ rules: [flagX], settings: { rules: { 'style/unused-suppression': 'off' } } }).diagnostics(parse('<!-- resolute-disable -->\nY\n'));
  assert.deepEqual(d, []);
});
