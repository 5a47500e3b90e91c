import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse, type Rule } from '../../../server/src/core';

const everyParagraph = (code: string): Rule => ({
  code,
  defaultSeverity: 'warning',
  description: 'test rule',
  check: ({ doc }) => doc.preamble.map((p) => ({ code, span: p.span, message: 'seen' })),
});

const text = 'The Security Council,\n\nRecalling its resolution 1373 (2001),\n\n1. *Decides* to remain seized of the matter.\n';

test('under the limit: every rule runs, no reduced-mode notice', () => {
  const d = createResolutionService({ rules: [everyParagraph('style/test-a')] }).diagnostics(parse(text));
  assert.deepEqual(d.map((x) => x.code), ['style/test-a']);
});

test('over the limit: one information diagnostic, only citation and numbering rules run', () => {
  const service = createResolutionService({
    rules: [everyParagraph('style/test-a'), everyParagraph('citation/test-b'), everyParagraph('structure/numbering')],
    settings: { maxDocumentSize: 50 },
  });
  const d = service.diagnostics(parse(text));
  assert.deepEqual(d.map((x) => x.code).sort(), ['citation/test-b', 'structure/numbering', 'structure/reduced-mode']);
  const notice = d.find((x) => x.code === 'structure/reduced-mode')!;
  assert.equal(notice.severity, 'information');
  assert.equal(notice.span.start, 0);
  assert.match(notice.message, /larger than/);
});

test('the notice can be turned off like any rule', () => {
  const d = createResolutionService({ rules: [], settings: { maxDocumentSize: 50, rules: { 'structure/reduced-mode': 'off' } } }).diagnostics(parse(text));
  assert.deepEqual(d, []);
});

test('the default limit is 5 MB, and the notice names the size and the setting that raises it', () => {
  const limit = 5 * 1024 * 1024;
  const head = 'The Security Council,\n\n1. *Decides* to remain seized of the matter.\n';
  const filler = (n: number) => head + ' '.repeat(n - head.length);
  const service = createResolutionService({ rules: [] });
  assert.deepEqual(service.diagnostics(parse(filler(limit))), []);
  const [notice] = service.diagnostics(parse(filler(limit + 1)));
  assert.equal(notice.code, 'structure/reduced-mode');
  assert.match(notice.message, /larger than 5 MB/);
  assert.match(notice.message, /resolute\.maxDocumentSizeMB/);
  assert.deepEqual(notice.span, { start: 0, end: 'The Security Council,'.length });
  const small = createResolutionService({ rules: [], settings: { maxDocumentSize: 100 * 1024 } }).diagnostics(parse(filler(100 * 1024 + 1)));
  assert.match(small[0].message, /larger than 100 KB/);
});
