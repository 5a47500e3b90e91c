// Through the server: a rule that throws and a feature that throws are logged to the client,
// their results dropped, and every other rule and feature still answers. The server runs in
// this process (the same startServer as dist/server.js) so that the registries, which are
// plain arrays, can take the failing rule and feature next to the real ones.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createResolutionService, parse, RULES, type Rule } from '../../server/src/core';
import { FEATURES } from '../../server/src/core/features/registry';
import type { FeatureProvider } from '../../server/src/core/features/types';
import { SEED } from '../helpers/fixture';
import { startInProcess } from '../helpers/in-process-server';
import { waitFor } from '../helpers/lsp-client';

const throwingRule: Rule = { code: 'style/test-throws', defaultSeverity: 'error', description: 'test rule that fails', check: () => { throw new Error('rule boom'); } };
const reportingRule: Rule = {
  code: 'style/test-reports',
  defaultSeverity: 'warning',
  description: 'test rule: one finding on the opening line',
  check: ({ doc }) => (doc.opening ? [{ code: 'style/test-reports', span: doc.opening.span, message: 'seen' }] : []),
};
const throwingFeature: FeatureProvider = { hover: () => { throw new Error('hover boom'); }, symbols: () => { throw new Error('symbols boom'); } };

const registeredRules = [...RULES];
(RULES as Rule[]).unshift(throwingRule);
(RULES as Rule[]).push(reportingRule);
(FEATURES as FeatureProvider[]).unshift(throwingFeature);

let client: MessageConnection;
let logs: string[];
let published: PublishDiagnosticsParams[];
const uri = 'file:///guarded/seed.resolution.md';

before(async () => {
  const server = await startInProcess();
  ({ client, logs, published } = server);
  await server.open(uri, SEED());
});
after(() => client.dispose());

test('a throwing rule is logged and dropped; every other rule still reports', async () => {
  const diags = await waitFor('diagnostics with the reporting rule', () => published.filter((p) => p.uri === uri).at(-1)?.diagnostics.some((d) => d.code === reportingRule.code) ? published.filter((p) => p.uri === uri).at(-1)!.diagnostics : undefined);
  await waitFor('the failure in the client log', () => (logs.some((l) => l.includes('rule style/test-throws failed') && l.includes('rule boom')) ? true : undefined));
  assert.ok(!diags.some((d) => d.code === throwingRule.code));
  const expected = createResolutionService({ rules: [...registeredRules, reportingRule] }).diagnostics(parse(SEED(), 'markdown'));
  assert.deepEqual(diags.map((d) => d.code).sort(), expected.map((d) => d.code).sort());
});

test('a throwing feature is logged; the request is still answered', async () => {
  const hover = await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 20, character: 30 } });
  const symbols = await client.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(hover === null || typeof hover === 'object');
  assert.ok(Array.isArray(symbols));
  await waitFor('the feature failures in the client log', () => (logs.some((l) => l.includes('hover boom')) && logs.some((l) => l.includes('symbols boom')) ? true : undefined));
});
