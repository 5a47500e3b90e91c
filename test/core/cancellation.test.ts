import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse, type Rule } from '../../server/src/core';

const ran: string[] = [];
const slow = (code: string): Rule => ({
  code,
  defaultSeverity: 'warning',
  description: 'takes 5 ms (test only)',
  check: () => {
    ran.push(code);
    const until = Date.now() + 5;
    while (Date.now() < until);
    return [{ code, span: { start: 0, end: 1 }, message: code }];
  },
});
const rules = [slow('style/a'), slow('style/b'), slow('style/c'), slow('style/d')];

test('a newer version stops the analysis between rules; nothing is returned', async () => {
  ran.length = 0;
  const service = createResolutionService({ rules });
  let asked = 0;
  const r = await service.diagnosticsUnlessSuperseded(parse('The Security Council,\n'), async () => ++asked < 2, { sliceMs: 1 });
  assert.equal(r, undefined);
  assert.equal(asked, 2);
  assert.ok(ran.length < rules.length, `ran ${ran.join(', ')}`);
});

test('while the version stays current it gives the same result as a plain analysis', async () => {
  const service = createResolutionService({ rules });
  const text = 'The Security Council,\n';
  const r = await service.diagnosticsUnlessSuperseded(parse(text), async () => true, { sliceMs: 1 });
  assert.deepEqual(r, createResolutionService({ rules }).diagnostics(parse(text)));
  assert.equal(r?.length, 4);
});
