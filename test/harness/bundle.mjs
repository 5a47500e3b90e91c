// Bundles a test harness (the e2e suite, the VS Code suite and its launchers) for Node 20 as CommonJS with source maps.
import * as esbuild from 'esbuild';

/** `options` adds the entries, the output and what stays external (`packages: 'external'` or a list). */
export function bundleForNode(options) {
  return esbuild.build({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', ...options });
}
