// `npm run test:vscode`: runs the @vscode/test-electron suite (test/vscode/suite) in a desktop VS Code, with the
// extension loaded from this repository (--extensionDevelopmentPath) and a fixture workspace holding a copy of the
// example draft. VS Code is downloaded into .vscode-test/ (or taken from RESOLUTE_VSCODE_EXECUTABLE).
// On Linux without a display, run it under `xvfb-run -a`.
// `--code-server` runs the same suite in code-server's extension host instead (test/vscode/code-server.ts; needs
// `npm run e2e:setup`); no download.
//
// Exit status (documented in docs/testing.md):
//   0  every test passed
//   1  a test failed, or the build or VS Code itself failed
//   3  VS Code could not be downloaded (no network): NOTHING WAS TESTED
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { bundleForNode } from '../harness/bundle.mjs';

export const NOT_DOWNLOADED = 3;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const draft = 'S-RES-2370-2017.resolution.md';

const inCodeServer = process.argv.includes('--code-server');
let executable = process.env.RESOLUTE_VSCODE_EXECUTABLE;
if (!executable && !inCodeServer) {
  const version = process.env.RESOLUTE_VSCODE_VERSION ?? 'stable';
  try {
    executable = await downloadAndUnzipVSCode({ version, cachePath: join(root, '.vscode-test'), timeout: 30_000 });
  } catch (e) {
    console.error(`test:vscode: VS Code ${version} could not be downloaded (${e instanceof Error ? e.message : String(e)}).`);
    console.error('test:vscode: NOTHING WAS TESTED. Exit status 3. Run it where VS Code can be downloaded, or set');
    console.error('test:vscode: RESOLUTE_VSCODE_EXECUTABLE to an installed VS Code; `npm run test:e2e` tests the VSIX in code-server.');
    process.exit(NOT_DOWNLOADED);
  }
}

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(1);
const outdir = join(root, 'out', 'vscode');
await bundleForNode({
  entryPoints: [join(root, 'test', 'vscode', 'suite', 'index.ts'), join(root, 'test', 'vscode', 'suite', 'extension.test.ts')],
  outdir,
  outbase: join(root, 'test', 'vscode', 'suite'),
  external: ['vscode', 'mocha'],
});

if (inCodeServer) {
  await bundleForNode({
    entryPoints: [join(root, 'test', 'vscode', 'code-server.ts')],
    outfile: join(outdir, 'code-server.js'),
    packages: 'external',
  });
  const run = spawnSync(process.execPath, [join(outdir, 'code-server.js')], { cwd: root, stdio: 'inherit' });
  process.exit(run.status === 0 ? 0 : 1);
}

// The fixture workspace: a folder with a copy of the example draft (the suite edits it, then reverts).
const tmp = mkdtempSync(join(tmpdir(), 'resolute-vscode-'));
const workspace = join(tmp, 'workspace');
mkdirSync(workspace);
cpSync(join(root, 'examples', draft), join(workspace, draft));
let status = 1;
try {
  status = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(outdir, 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${join(tmp, 'user-data')}`],
  });
} catch (e) {
  console.error(`test:vscode: ${e instanceof Error ? e.message : String(e)}`);
  status = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(status === 0 ? 0 : 1);
