// `npm run package`: bundles the extension (npm run build), packs resolute-<version>.vsix at the repository root
// with @vscode/vsce, offline, then checks what the VSIX holds (scripts/vsix-contents.mjs). Exit 1 on any problem.
//
// README links: package.json names no repository, so vsce cannot turn the README's relative links into web links
// and would refuse them. We pack the images (docs/images/*.png) and the rule pages inside the VSIX and keep the links
// relative (--no-rewrite-relative-links): they resolve against the installed extension folder, where VS Code shows
// the README. A marketplace page would need absolute https links; we publish none, so we invent none.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkVsix } from './vsix-contents.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, `${name}-${version}.vsix`);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`package: ${[cmd, ...args].join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
    process.exit(1);
  }
}

if (!process.argv.includes('--no-build')) run('npm', ['run', 'build']);
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', out]);

const { entries, size, problems } = checkVsix(out, root);
console.log(`${relative(root, out)}: ${entries.length} entries, ${(size / 1024).toFixed(0)} KB`);
if (problems.length > 0) {
  for (const p of problems) console.error(`package: ${p}`);
  process.exit(1);
}
console.log('package: contents checked (required files present, no sources, tests or node_modules, under 2 MB)');
