// `npm run package`: bundles the extension (npm run build), packs resolute-<version>.vsix at the repository root
// with @vscode/vsce, offline, then checks what the VSIX holds (scripts/vsix-contents.mjs). Exit 1 on any problem.
//
// README images: VS Code's extension page shows only https images (checked in code-server 1.139: relative and
// data: images are blocked there). vsce turns the README's relative links into https links to the repository named
// in package.json. While package.json names none, we invent none: the links stay relative
// (--no-rewrite-relative-links) and the images (docs/images/*.png) travel inside the VSIX beside the README, so the
// packed README's links point at files that exist; the extension page shows their alt text.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkVsix } from './vsix-contents.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version, repository } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
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
const links = repository ? [] : ['--no-rewrite-relative-links', '--allow-missing-repository'];
run(process.execPath, [vsce, 'package', '--no-dependencies', ...links, '--out', out]);

const { entries, size, problems } = checkVsix(out, root);
console.log(`${relative(root, out)}: ${entries.length} entries, ${(size / 1024).toFixed(0)} KB`);
if (problems.length > 0) {
  for (const p of problems) console.error(`package: ${p}`);
  process.exit(1);
}
console.log('package: contents checked (required files present, no sources, tests or node_modules, under 2 MB)');
if (!repository) console.log('package: no "repository" in package.json: README images are packed but VS Code\'s extension page shows only https images');
