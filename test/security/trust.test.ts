// Nothing the server sends asks the editor for trust: hover and completion Markdown has no
// HTML and no command links, links go only to the UN document system, commands are the
// extension's own, and every rule link points to the project's own rule page.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { CompletionItem, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { repoFile, ROOT, SEED } from '../helpers/fixture';
import { startServer, type TestServer } from '../helpers/lsp-client';
import { markdownIssues } from '../property/invariants';

const ALLOWED_LINK = /^https:\/\/(?:undocs\.org|documents\.un\.org)\//;
let server: TestServer;

before(async () => {
  server = await startServer();
});
after(async () => {
  await server.stop();
});

/** The seed and a spread of corpus texts, opened in the editor. */
function drafts(): { name: string; text: string }[] {
  const pick = (dir: string, every: number) =>
    readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md')).sort().filter((_, i) => i % every === 0).map((f) => ({ name: `${dir}/${f}`, text: repoFile(dir, f) }));
  return [{ name: 'seed', text: SEED() }, ...pick('test/corpus/sc_md', 40), ...pick('test/corpus/ga_md', 20), ...pick('test/corpus/sc_not_adopted', 10)];
}

function markup(what: string, m: MarkupContent | string | undefined): string[] {
  if (m === undefined) return [];
  if (typeof m === 'string') return [`${what}: a plain string where MarkupContent is expected`];
  return m.kind === 'markdown' ? markdownIssues(m.value, what) : [];
}

/** The rule page a diagnostic links to: the project's own docs/rules/<code>.md, which must exist. */
function ruleLinkIssues(d: Diagnostic, what: string): string[] {
  const href = d.codeDescription?.href;
  if (!href) return [`${what}: ${String(d.code)} has no rule link`];
  const path = href.startsWith('file:') ? fileURLToPath(href) : '';
  if (path !== join(ROOT, 'docs', 'rules', `${String(d.code)}.md`)) return [`${what}: ${String(d.code)} links to ${href}`];
  return existsSync(path) ? [] : [`${what}: ${path} does not exist`];
}

test('over the seed and the corpus: hovers, completions, links, code actions and rule links are safe', { timeout: 120_000 }, async (t) => {
  const issues: string[] = [];
  let hovers = 0;
  let completions = 0;
  for (const [i, { name, text }] of drafts().entries()) {
    const uri = `file:///trust/${i}.resolution.md`;
    await server.open(uri, text);
    const diagnostics = await server.diagnosticsFor(uri, 1, 10_000);
    for (const d of diagnostics) issues.push(...ruleLinkIssues(d, name));
    const lines = text.split(/\r\n|\r|\n/);
    // Every word start on lines with a number (citations), and a sample of the others.
    const positions = lines.flatMap((line, l) => (/\d/.test(line) || l % 7 === 0 ? [...line.matchAll(/\S+/g)].map((m) => ({ line: l, character: m.index! + 1 })) : []));
    for (const position of positions) {
      const h = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      if (h) {
        hovers++;
        const contents = h.contents as MarkupContent | MarkupContent[] | string;
        for (const c of Array.isArray(contents) ? contents : [contents]) issues.push(...markup(`${name} hover ${position.line}:${position.character}`, c));
      }
    }
    for (const position of positions.filter((_, k) => k % 5 === 0)) {
      const items = await server.request<CompletionItem[] | { items: CompletionItem[] } | null>('textDocument/completion', { textDocument: { uri }, position });
      for (const item of Array.isArray(items) ? items : (items?.items ?? [])) {
        completions++;
        issues.push(...markup(`${name} completion "${item.label}"`, item.documentation as MarkupContent | string | undefined));
        if (item.command) issues.push(`${name} completion "${item.label}" runs the command ${item.command.command}`);
      }
    }
    for (const link of (await server.request<{ target?: string }[] | null>('textDocument/documentLink', { textDocument: { uri } })) ?? []) {
      if (!link.target || !ALLOWED_LINK.test(link.target)) issues.push(`${name}: document link to ${link.target}`);
    }
    const actions = await server.request<{ command?: { command: string } | string }[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
      context: { diagnostics },
    });
    for (const a of actions ?? []) {
      const command = typeof a.command === 'string' ? a.command : a.command?.command;
      if (command && !command.startsWith('resolute.')) issues.push(`${name}: a code action runs ${command}`);
    }
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  assert.deepEqual([...new Set(issues.map((i) => i.replace(/^[^:]+: /, '')))], []);
  t.diagnostic(`${hovers} hovers and ${completions} completion items checked`);
});

test('the client never marks Markdown as trusted nor lets it run commands or HTML', () => {
  const files = readdirSync(join(ROOT, 'client', 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 0);
  for (const f of files) {
    const src = readFileSync(join(ROOT, 'client', 'src', f), 'utf8');
    assert.doesNotMatch(src, /\b(?:isTrusted|supportHtml|enabledCommands)\s*[:=]/, `client/src/${f}`);
    assert.doesNotMatch(src, /new\s+(?:vscode\.)?MarkdownString\([^)]*,\s*true/, `client/src/${f}`);
  }
});

test('SARIF rule links point to the project\'s own rule pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'resolute-sarif-'));
  try {
    const draft = join(dir, 'draft.resolution.md');
    writeFileSync(draft, 'The Security Council,\n\nRecalling its resolution 1373 (2001).\n\n1 *Decides* to remain seized of the matter;\n');
    const out = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'sarif', draft], { encoding: 'utf8' });
    const rules: { id: string; helpUri: string }[] = JSON.parse(out.stdout).runs[0].tool.driver.rules;
    assert.ok(rules.length > 0, 'the sample draft needs at least one finding');
    for (const r of rules) {
      assert.equal(fileURLToPath(r.helpUri), join(ROOT, 'docs', 'rules', `${r.id}.md`));
      assert.ok(existsSync(fileURLToPath(r.helpUri)), r.helpUri);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
