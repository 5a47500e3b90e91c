// Every rule runs inside a guard: one that throws or returns nonsense is logged and its
// result dropped, and every other rule still reports. Rules are injected through
// createResolutionService({rules}), next to the real registry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse, RULES, type Rule } from '../../server/src/core';
import { SEED } from '../helpers/fixture';

const reporting: Rule = {
  code: 'style/test-reporting',
  defaultSeverity: 'warning',
  description: 'test rule: one finding on the opening line',
  check: ({ doc }) => (doc.opening ? [{ code: 'style/test-reporting', span: doc.opening.span, message: 'seen' }] : []),
};

const throwing = (code: string, error: unknown): Rule => ({
  code,
  defaultSeverity: 'error',
  description: 'test rule that fails',
  check: () => {
    throw error;
  },
});

function run(rules: Rule[], text = SEED()) {
  const logged: string[] = [];
  const service = createResolutionService({ rules, logger: { error: (m) => logged.push(m) }, settings: { today: '2026-11-27' } });
  return { diagnostics: service.diagnostics(parse(text, 'markdown')), logged };
}

test('a rule that throws is logged and dropped; every registered rule and the others still report', () => {
  const alone = run([...RULES, reporting]).diagnostics;
  const { diagnostics, logged } = run([throwing('style/test-throws', new Error('boom')), ...RULES, throwing('citation/test-throws-string', 'not an Error'), reporting]);
  assert.deepEqual(diagnostics.map((d) => `${d.code} ${d.span.start}`), alone.map((d) => `${d.code} ${d.span.start}`));
  assert.ok(diagnostics.some((d) => d.code === 'style/test-reporting'));
  assert.ok(!diagnostics.some((d) => d.code.includes('test-throws')));
  assert.equal(logged.length, 2);
  assert.match(logged[0], /rule style\/test-throws failed: Error: boom/);
  assert.match(logged[1], /rule citation\/test-throws-string failed: not an Error/);
});

test('a rule returning nonsense is logged and dropped, not passed on', () => {
  const weird: Rule[] = [
    { code: 'style/test-undefined', defaultSeverity: 'warning', description: 'test rule', check: () => undefined as never },
    { code: 'style/test-outside', defaultSeverity: 'warning', description: 'test rule', check: ({ doc }) => [{ code: 'x', span: { start: 0, end: doc.text.length + 1 }, message: 'm' }] },
    { code: 'style/test-half-emoji', defaultSeverity: 'warning', description: 'test rule', check: ({ doc }) => [{ code: 'x', span: { start: doc.text.indexOf('😀') + 1, end: doc.text.length }, message: 'm' }] },
    {
      code: 'style/test-bad-fix',
      defaultSeverity: 'warning',
      description: 'test rule',
      check: () => [{ code: 'x', span: { start: 0, end: 3 }, message: 'kept', fixes: [
        { title: 'overlapping', edits: [{ span: { start: 0, end: 2 }, newText: 'a' }, { span: { start: 1, end: 3 }, newText: 'b' }] },
        { title: 'fine', edits: [{ span: { start: 0, end: 3 }, newText: 'The' }] },
      ] }],
    },
  ];
  const { diagnostics, logged } = run([...weird, reporting], 'The Security Council,\n\n1. *Decides* to remain seized 😀 of the matter.\n');
  assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['style/test-bad-fix', 'style/test-reporting']);
  assert.deepEqual(diagnostics.find((d) => d.code === 'style/test-bad-fix')!.fixes!.map((f) => f.title), ['fine']);
  assert.equal(logged.length, 4, logged.join('\n'));
});

test('no feature lets an exception escape, even at offsets no editor sends', () => {
  const service = createResolutionService();
  const doc = parse(SEED(), 'markdown');
  for (const offset of [NaN, -1, 1e12]) {
    assert.doesNotThrow(() => {
      service.hover(doc, offset);
      service.complete(doc, offset);
      service.definition(doc, offset);
      service.references(doc, offset, true);
      service.prepareRename(doc, offset);
    });
  }
});
