// Bundles the extension (dist/client.js, dist/server.js, dist/cli.js), its browser build (dist/web/client.js,
// dist/web/server.js) and, with --tests, the tests (out/test).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { glob } from 'tinyglobby';

const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');
const bench = process.argv.includes('--bench');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // ESM dependencies (tinyglobby) read import.meta.url, which a CommonJS bundle lacks.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

// vscode.dev and github.dev: no Node built-ins and no require('url') banner, so none of the node options above.
const web = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

// dist/server.js reaches the core through server/src/node/core-on-demand.ts, which loads dist/core.js at first use.
const coreOnDemand = {
  name: 'core-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/core$/ }, (args) =>
      /[\\/]server[\\/]src[\\/](lsp|node)$/.test(args.resolveDir) ? { path: fileURLToPath(new URL('server/src/node/core-on-demand.ts', import.meta.url)) } : undefined,
    );
  },
};

const builds = bench
  ? [{ ...common, entryPoints: { bench: 'bench/bench.ts' }, outdir: 'out/bench', packages: 'external', sourcemap: true }]
  : tests
  ? [
      {
        ...common,
        entryPoints: await glob(['test/**/*.test.ts'], { ignore: ['test/corpus/**', 'test/e2e/**', 'test/vscode/**'] }),
        outdir: 'out/suite',
        outbase: 'test',
        packages: 'external',
        sourcemap: true,
      },
    ]
  : [
      { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
      { ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist', external: ['./core.js'], plugins: [coreOnDemand] },
      { ...common, entryPoints: { core: 'server/src/core/index.ts', cli: 'server/src/cli/main.ts' }, outdir: 'dist' },
      // The worker is loaded as a classic script; the client by the web extension host, which provides require('vscode').
      { ...web, entryPoints: { server: 'server/src/browser/main.ts' }, outdir: 'dist/web', format: 'iife' },
      { ...web, entryPoints: { client: 'client/src/browser.ts' }, outdir: 'dist/web', format: 'cjs', external: ['vscode'] },
    ];

// The test runner runs every file in out/suite: a test whose source was removed must not linger there.
if (tests) rmSync('out/suite', { recursive: true, force: true });

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
