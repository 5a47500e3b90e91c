// Lists the files of a VSIX (a zip) and checks them against what the installed extension needs.
// Used by scripts/package.mjs after every build of the package, and by the e2e suite.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';

export const MAX_VSIX_BYTES = 2 * 1024 * 1024;

/** Entry names of a zip file, read from its central directory. */
export function listZip(file) {
  const buf = readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: damaged central directory`);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/** Files that must never ship: dependencies, tests, sources, build leftovers, the corpus and the raw data. */
const FORBIDDEN = [
  [/(^|\/)node_modules\//, 'node_modules'],
  [/^extension\/(test|server|client|out|bench|scripts|examples|\.vscode-test|\.ci|\.git)\//, 'tests, sources or tooling'],
  [/(?<!\.d)\.ts$/, 'TypeScript source'],
  [/^extension\/(?!dist\/).*\.(m?js|cjs)$/, 'a script outside the bundles (build tooling)'],
  [/\.map$/, 'source map'],
  [/^extension\/data\/.*\.(csv|txt)$/, 'raw data (the bundles embed it)'],
  [/\.vsix$/, 'a VSIX inside the VSIX'],
  [/^extension\/(tsconfig.*\.json|esbuild\.mjs|package-lock\.json|\.vscodeignore|\.gitignore)$/, 'build configuration'],
];

/** Relative image links of a Markdown text (`![alt](path)` and `<img src="path">`). */
function relativeImages(markdown) {
  const links = [...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g), ...markdown.matchAll(/<img[^>]+src=["']([^"']+)["']/g)].map((m) => m[1]);
  return links.filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l) && !l.startsWith('#')).map((l) => posix.normalize(decodeURI(l.split('#')[0])));
}

/**
 * Checks a VSIX built from the repository at `root`. Returns the problems found (empty when it is fine)
 * and the entry list.
 */
export function checkVsix(file, root) {
  const entries = listZip(file);
  // vsce stores README.md and CHANGELOG.md as readme.md and changelog.md: compare names case-insensitively.
  const have = new Set(entries.map((e) => e.toLowerCase()));
  const problems = [];
  const size = statSync(file).size;
  if (size >= MAX_VSIX_BYTES) problems.push(`the VSIX is ${(size / 1048576).toFixed(2)} MB; it must stay under 2 MB`);

  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const strip = (p) => posix.normalize(p.replace(/^\.\//, ''));
  const script = (p) => strip(posix.extname(p) ? p : `${p}.js`);
  // vsce packs LICENSE as LICENSE.txt.
  const required = new Set(['package.json', 'README.md', 'CHANGELOG.md', 'NOTICE', 'LICENSE.txt', 'data/SOURCES.md', 'dist/server.js', 'dist/core.js', 'dist/cli.js']);
  if (manifest.main) required.add(script(manifest.main));
  if (manifest.icon) required.add(strip(manifest.icon));
  if (manifest.browser) required.add(script(manifest.browser)).add('dist/web/server.js');
  const c = manifest.contributes ?? {};
  for (const l of c.languages ?? []) if (l.configuration) required.add(strip(l.configuration));
  for (const g of c.grammars ?? []) required.add(strip(g.path));
  for (const s of c.snippets ?? []) required.add(strip(s.path));
  // The server links every diagnostic to its page under docs/rules/ inside the installed extension.
  const rules = join(root, 'docs', 'rules');
  if (existsSync(rules)) {
    for (const f of readdirSync(rules, { recursive: true, encoding: 'utf8' })) if (f.endsWith('.md')) required.add(`docs/rules/${f.split(sep).join('/')}`);
  }
  // The README is shown from the installed extension: its relative images must be packed beside it.
  try {
    for (const img of relativeImages(readFileSync(join(root, 'README.md'), 'utf8'))) required.add(img);
  } catch {
    // no README: reported below as a missing file
  }
  for (const r of [...required].sort()) if (!have.has(`extension/${r}`.toLowerCase())) problems.push(`missing: ${r}`);

  for (const e of entries) {
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(e)) problems.push(`must not ship (${what}): ${e}`);
  }
  return { entries, size, problems };
}
