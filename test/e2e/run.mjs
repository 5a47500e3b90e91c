// `npm run test:e2e`: packs the VSIX (scripts/package.mjs), bundles this suite and runs it with node's test runner
// against code-server and Chromium as installed by scripts/e2e-setup.sh. `--screenshots` (npm run screenshots) also
// writes the README's pictures to docs/images/ when every case passes (palette-compressed with pngquant when it is
// installed, as scripts/e2e-setup.sh does). `--no-package` reuses the VSIX already built.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../harness/bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tools = [
  join(root, '.vscode-test', 'node24', 'node_modules', '.bin', 'node'),
  join(root, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  process.env.RESOLUTE_CHROMIUM ?? '/usr/bin/chromium',
];
const missing = tools.filter((t) => !existsSync(t));
if (missing.length > 0) {
  console.error(`e2e: not set up (missing ${missing.join(', ')}). Run \`npm run e2e:setup\` (scripts/e2e-setup.sh) first.`);
  process.exit(1);
}

if (!process.argv.includes('--no-package')) {
  const pack = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (pack.status !== 0) {
    console.error('e2e: the VSIX could not be built; nothing was tested.');
    process.exit(1);
  }
}

await bundleForNode({
  entryPoints: [join(root, 'test', 'e2e', 'extension.test.ts')],
  outdir: join(root, 'out', 'e2e'),
  packages: 'external',
});

const env = { ...process.env };
const screenshots = process.argv.includes('--screenshots');
if (screenshots) env.RESOLUTE_SCREENSHOTS = mkdtempSync(join(tmpdir(), 'resolute-screenshots-'));
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=180000', join(root, 'out', 'e2e', 'extension.test.js')], {
  cwd: root,
  env,
  stdio: 'inherit',
});
const status = run.status ?? 1;

if (screenshots) {
  const shots = env.RESOLUTE_SCREENSHOTS;
  if (status === 0) {
    const images = join(root, 'docs', 'images');
    mkdirSync(images, { recursive: true });
    const pngquant = spawnSync('pngquant', ['--version'], { stdio: 'ignore' }).status === 0;
    for (const f of readdirSync(shots).filter((n) => n.endsWith('.png'))) {
      // The pictures travel in the VSIX: a 256-colour palette makes them about a third of the size, no visible change.
      const q = pngquant && spawnSync('pngquant', ['--quality=80-95', '--speed', '1', '--strip', '--force', '--output', join(images, f), join(shots, f)]).status === 0;
      if (!q) copyFileSync(join(shots, f), join(images, f));
      console.log(`screenshots: docs/images/${f}${q ? '' : ' (not compressed: pngquant missing or failed)'}`);
    }
  } else {
    console.error('screenshots: a case failed, docs/images/ left as it was');
  }
  rmSync(shots, { recursive: true, force: true });
}
process.exit(status);
