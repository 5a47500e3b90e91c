// Bundles the extension (dist/client.js, dist/server.js, dist/cli.js) and, with --tests, the tests (out/test).
import * as esbuild from 'esbuild';
import { glob } from 'tinyglobby';

const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');
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

const builds = tests
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
      { ...common, entryPoints: { server: 'server/src/lsp/main.ts', cli: 'server/src/cli/main.ts' }, outdir: 'dist' },
    ];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
