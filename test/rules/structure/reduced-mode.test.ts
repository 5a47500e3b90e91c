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
