import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { repoFile, ROOT } from '../helpers/fixture';

const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });

test('--format sarif on the seed and the fictional draft is valid SARIF 2.1.0 with help links', () => {
  const r = cli('--format', 'sarif', 'examples/S-RES-2370-2017.resolution.md', 'examples/fictional-draft.resolution.md');
  const raw: unknown = JSON.parse(r.stdout);
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  const validate = ajv.compile(JSON.parse(repoFile('test/fixtures/sarif/sarif-2.1.0.json')));
  assert.ok(validate(raw), JSON.stringify(validate.errors?.slice(0, 3)));
  type Sarif = {
    version: string;
    runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
  };
  const log = JSON.parse(r.stdout) as Sarif;
  const run = log.runs[0];
  assert.equal(log.version, '2.1.0');
  assert.ok(run.results.length > 0, 'the fictional draft has findings');
  for (const rule of run.tool.driver.rules) assert.match(rule.helpUri, /docs\/rules\/[a-z]+\/[a-z0-9-]+\.md$/);
  for (const res of run.results) {
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.ok(res.locations[0].physicalLocation.region.startLine >= 1);
  }
});

test('--format github prints one workflow command per finding, escaped', () => {
  const json = JSON.parse(cli('--format', 'json', 'examples/fictional-draft.resolution.md').stdout);
  const gh = cli('--format', 'github', 'examples/fictional-draft.resolution.md').stdout.trim().split('\n');
  assert.equal(gh.length, json[0].diagnostics.length);
  for (const line of gh) assert.match(line, /^::(error|warning|notice) file=examples\/fictional-draft\.resolution\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z]+\/[a-z0-9-]+::\S/);
});

test('text output is path:line:column: severity code message, one-based', () => {
  const json = JSON.parse(cli('--format', 'json', 'examples/fictional-draft.resolution.md').stdout);
  const lines = cli('examples/fictional-draft.resolution.md').stdout.trim().split('\n');
  const d = json[0].diagnostics[0];
  assert.equal(lines[0], `examples/fictional-draft.resolution.md:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}`);
});

test('exit status: 0 clean, 1 errors, 2 usage or unreadable (2 wins), other files still reported', () => {
  assert.equal(cli('--format', 'json', 'examples/S-RES-2370-2017.resolution.md').status, 0);
  assert.equal(cli('examples/fictional-draft.resolution.md').status, 1);
  assert.equal(cli('--format', 'xml', 'examples').status, 2);
  const mixed = cli('--format', 'json', 'examples/fictional-draft.resolution.md', 'no/such/file.md');
  assert.equal(mixed.status, 2);
  assert.match(mixed.stderr, /no\/such\/file\.md/);
  assert.equal(JSON.parse(mixed.stdout).length, 1);
});

test('folders and globs expand to drafts in a stable order', () => {
  const folder = JSON.parse(cli('--format', 'json', 'examples').stdout).map((f: { file: string }) => f.file);
  assert.ok(folder.includes('examples/S-RES-2370-2017.resolution.md'));
  const glob = JSON.parse(cli('--format', 'json', 'examples/*.resolution.md').stdout).map((f: { file: string }) => f.file);
  assert.deepEqual(glob, ['examples/S-RES-2370-2017.resolution.md', 'examples/fictional-draft.resolution.md']);
});

test('megabytes of output are complete before exit', () => {
  const files = Array.from({ length: 60 }, () => 'examples/fictional-draft.resolution.md');
  const r = cli('--format', 'json', ...files);
  assert.equal(JSON.parse(r.stdout).length, 1, 'the same file given twice is checked once');
  const big = cli('--format', 'json', 'test/corpus');
  assert.ok(big.stdout.length > 100_000, `only ${big.stdout.length} bytes`);
  assert.ok(Array.isArray(JSON.parse(big.stdout)));
});
