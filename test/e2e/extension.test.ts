// The packaged extension in a real VS Code (code-server 1.139 in Chromium), used as a drafter uses it:
// install the VSIX, open the example draft, and read what the screen shows. Run with `npm run test:e2e`;
// `npm run screenshots` also writes the README's pictures to docs/images/.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkVsix } from '../../scripts/vsix-contents.mjs';
import { installExtension, makeProfile, startCodeServer, type CodeServer, type Profile } from './harness/code-server';
import { EXAMPLE, EXTENSION_ID, EXTENSION_VERSION, ROOT, USER_SETTINGS, VSIX } from './harness/paths';
import { waitFor } from './harness/wait';
import { Workbench } from './harness/workbench';

const SCREENSHOTS = process.env.RESOLUTE_SCREENSHOTS;
const FAILURES = join(ROOT, 'test-results', 'e2e');
const DRAFT = basename(EXAMPLE);
const draftLines = readFileSync(EXAMPLE, 'utf8').split('\n');

/** One-based line and column of the first match of `pattern` in the example draft. */
function locate(pattern: RegExp): { line: number; column: number } {
  for (let i = 0; i < draftLines.length; i++) {
    const m = pattern.exec(draftLines[i]);
    if (m) return { line: i + 1, column: m.index + 1 };
  }
  throw new Error(`${pattern} is not in ${DRAFT}`);
}

let tmp: string;
let profile: Profile;
let server: CodeServer | undefined;
let wb: Workbench | undefined;
let installed: { output: string; installed: string[] };
let workspace: string;
let failed = false;

before(async () => {
  try {
    tmp = mkdtempSync(join(tmpdir(), 'resolute-e2e-'));
    // The workspace: a folder holding a copy of the example draft, which the cases edit.
    workspace = join(tmp, 'workspace');
    mkdirSync(workspace);
    cpSync(EXAMPLE, join(workspace, DRAFT));
    profile = makeProfile(join(tmp, 'profile'));
    mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
    cpSync(USER_SETTINGS, join(profile.userDataDir, 'User', 'settings.json'));
    installed = installExtension(profile, VSIX);
    server = await startCodeServer(profile, workspace);
    wb = await Workbench.open(server.url);
    await wb.openFile(DRAFT);
  } catch (e) {
    failed = true;
    throw e;
  }
});

after(async () => {
  await wb?.close();
  await server?.stop();
  if (!failed) rmSync(tmp, { recursive: true, force: true });
  else console.log(`e2e: kept ${tmp} (workspace, code-server profile and logs)\n--- code-server log (tail) ---\n${server?.log().slice(-4000)}`);
});

/** A case; on failure the screen is saved to test-results/e2e/ for the person reading the report. */
function e2e(name: string, run: () => Promise<void>): void {
  test(name, async () => {
    try {
      await run();
    } catch (e) {
      failed = true;
      mkdirSync(FAILURES, { recursive: true });
      await wb?.screenshot(join(FAILURES, `${name.replace(/[^a-z0-9]+/gi, '-')}.png`)).catch(() => undefined);
      throw e;
    }
  });
}

async function picture(name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  await wb!.settled();
  await wb!.screenshot(join(SCREENSHOTS, `${name}.png`));
}

e2e('the VSIX is well formed and installs with --install-extension', async () => {
  const { problems } = checkVsix(VSIX, ROOT);
  assert.deepEqual(problems, []);
  assert.match(installed.output, /successfully installed/);
  assert.ok(installed.installed.includes(`${EXTENSION_ID}@${EXTENSION_VERSION}`), `installed: ${installed.installed.join(', ')}`);
});

e2e('a squiggle under UNOCT, explained in the Problems panel', async () => {
  const at = locate(/\bUNOCT\b/);
  await wb!.goTo(at.line, at.column + 2);
  const point = await wb!.cursorPoint();
  await waitFor('a warning squiggle under UNOCT', () => wb!.squiggleUnder(point, 'warning'), { timeoutMs: 30_000 });
  const row = await wb!.problemRow(/UNOCT[\s\S]*acronym\/undefined/);
  assert.match(row, /resolute/);
  // Clicking the problem selects the word in the editor.
  await wb!.page.locator('.markers-panel .monaco-list-row', { hasText: 'acronym/undefined' }).filter({ hasText: 'UNOCT' }).first().click();
  const selected = `Ln ${at.line}, Col ${at.column + 5} (5 selected)`;
  await waitFor(`UNOCT selected (${selected})`, () => wb!.page.locator('.statusbar-item', { hasText: selected }).first().isVisible());
  await picture('diagnostics');
});

e2e('hovering 1373 (2001) shows its adoption date', async () => {
  await wb!.closePanel();
  const at = locate(/\b1373 \(2001\)/);
  await wb!.goTo(at.line, at.column + 1);
  const text = await wb!.hoverText(await wb!.cursorPoint(), /28 September 2001/);
  assert.match(text, /1373/);
  await picture('citation-hover');
});

e2e('a new operative paragraph is offered Decides', async () => {
  await wb!.focusEditor();
  await wb!.page.keyboard.press('Control+End');
  await wb!.page.keyboard.press('Enter');
  await wb!.page.keyboard.press('Enter');
  await wb!.page.keyboard.type('21. ');
  try {
    const seen = () => wb!.suggestions();
    const first = await waitFor('suggestions after typing "21. "', async () => ((await seen()).length > 0 ? seen() : undefined), { timeoutMs: 15_000 });
    // A long list shows its first rows only: narrow it as a user would.
    if (!first.some((l) => /\bDecides\b/.test(l))) await wb!.page.keyboard.type('Deci');
    const labels = await waitFor('Decides among the suggestions', async () => {
      const l = await seen();
      return l.some((x) => /\bDecides\b/.test(x)) && l;
    }, { seen });
    assert.ok(labels.length > 0);
    await picture('completion');
  } finally {
    // Leave the draft as saved for the next cases, whatever happened.
    await wb!.page.keyboard.press('Escape');
    await wb!.command('File: Revert File');
    await waitFor('the draft back as saved', async () => !(await wb!.isDirty()));
  }
});

e2e('the UNOCT quick fix spells out the name', async () => {
  const at = locate(/\bUNOCT\b/);
  await wb!.goTo(at.line, at.column + 2);
  const fix = await wb!.quickFix(/United Nations Office of Counter-Terrorism/);
  await picture('quick-fix');
  await fix.click();
  const expected = 'United Nations Office of Counter-Terrorism (UNOCT)';
  await waitFor(`"${expected}" in the editor`, async () => (await wb!.visibleText()).replace(/\s+/g, ' ').includes(expected), {
    seen: () => wb!.visibleText(),
  });
  await wb!.page.keyboard.press('Control+S');
  const saved = join(workspace, DRAFT);
  await waitFor('the fixed draft saved to disk', () => readFileSync(saved, 'utf8').includes(expected));
  await wb!.openProblems();
  await waitFor('no acronym/undefined problem left on UNOCT', async () => !(await wb!.problems()).some((r) => /UNOCT[\s\S]*acronym\/undefined/.test(r)), {
    seen: () => wb!.problems(),
  });
});

e2e('the outline shows the preamble and the numbered operative paragraphs', async () => {
  await wb!.closePanel();
  const rows = await wb!.outline([/^Preamble/, /^Operative part/, /^6\. Urges/], [/^Preamble/]);
  assert.ok(rows.length > 3);
  // Clicking a paragraph in the outline takes the cursor to it.
  await wb!.page.locator('.outline-pane .monaco-list-row', { hasText: /^6\. Urges/ }).first().click();
  const six = locate(/^6\. /);
  await waitFor(`the cursor on paragraph 6 (line ${six.line})`, () => wb!.page.locator('.statusbar-item', { hasText: `Ln ${six.line},` }).first().isVisible());
  await picture('outline');
});
