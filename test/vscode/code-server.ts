// Runs the @vscode/test-electron suite (test/vscode/suite) inside code-server's extension host, where no desktop
// VS Code can be downloaded: `npm run test:vscode -- --code-server`. Built and started by test/vscode/run.mjs.
//
// How: a built VS Code web client honours the `payload` query (extensionDevelopmentPath, extensionTestsPath) only
// when the server runs with the smoke-test driver enabled, which code-server passes through with
// `--vscode-option enable-smoke-test-driver`. The extension is then loaded from this repository (dist/) as in
// test-electron, and the remote extension host runs the suite. It cannot report its exit status to us, so the
// suite writes report.json beside itself (suite/index.ts); we wait for it with a deadline.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeProfile, startCodeServer, type CodeServer } from '../e2e/harness/code-server';
import { EXAMPLE, missingTools, ROOT, USER_SETTINGS } from '../e2e/harness/paths';
import { waitFor } from '../e2e/harness/wait';
import { Workbench } from '../e2e/harness/workbench';

interface Report {
  failures: number;
  results: { title: string; state: string; error?: string }[];
}

async function main(): Promise<number> {
  const missing = missingTools();
  if (missing.length > 0) {
    console.error(`test:vscode --code-server: not set up (missing ${missing.join(', ')}). Run \`npm run e2e:setup\` first.`);
    return 1;
  }
  const suite = join(ROOT, 'out', 'vscode', 'index.js');
  const reportFile = join(ROOT, 'out', 'vscode', 'report.json');
  rmSync(reportFile, { force: true });

  const tmp = mkdtempSync(join(tmpdir(), 'resolute-vscode-cs-'));
  const workspace = join(tmp, 'workspace');
  mkdirSync(workspace);
  cpSync(EXAMPLE, join(workspace, 'S-RES-2370-2017.resolution.md'));
  const profile = makeProfile(join(tmp, 'profile'));
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  cpSync(USER_SETTINGS, join(profile.userDataDir, 'User', 'settings.json'));

  let server: CodeServer | undefined;
  let wb: Workbench | undefined;
  try {
    server = await startCodeServer(profile, workspace, ['--vscode-option', 'enable-smoke-test-driver']);
    const remote = (path: string) => `vscode-remote://${server!.authority}${path}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(suite)],
    ]);
    wb = await Workbench.open(`${server.url}&payload=${encodeURIComponent(payload)}`);
    const title = await wb.page.title();
    if (!title.includes('Extension Development Host')) throw new Error(`the window did not start as an Extension Development Host (title: ${title})`);
    const report = await waitFor('the suite to finish (report.json)', () => existsSync(reportFile) && (JSON.parse(readFileSync(reportFile, 'utf8')) as Report), {
      timeoutMs: 5 * 60_000,
      intervalMs: 250,
    });
    for (const r of report.results) console.log(`${r.state === 'passed' ? 'ok    ' : 'FAILED'} ${r.title}${r.error ? `\n       ${r.error}` : ''}`);
    const passed = report.results.filter((r) => r.state === 'passed').length;
    console.log(`${passed} passed, ${report.failures} failed`);
    return report.failures === 0 && passed > 0 ? 0 : 1;
  } catch (e) {
    console.error(`test:vscode --code-server: ${e instanceof Error ? e.message : String(e)}`);
    console.error(`--- code-server log (tail) ---\n${server?.log().slice(-3000) ?? ''}`);
    return 1;
  } finally {
    await wb?.close();
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

void main().then((status) => process.exit(status));
