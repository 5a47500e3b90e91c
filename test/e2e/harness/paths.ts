// Where the repository, the VSIX and the tools installed by scripts/e2e-setup.sh live.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above the running bundle that holds package.json. */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; publisher: string; version: string };
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
export const EXTENSION_VERSION = manifest.version;
export const VSIX = join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
export const EXAMPLE = join(ROOT, 'examples', 'S-RES-2370-2017.resolution.md');
/** The user settings of the throw-away profile: a drafter's editor (wrapped prose, no minimap), no chat, no telemetry. */
export const USER_SETTINGS = join(ROOT, 'test', 'e2e', 'user-settings.json');

const TOOLS = join(ROOT, '.vscode-test');
export const NODE24 = join(TOOLS, 'node24', 'node_modules', '.bin', 'node');
export const CODE_SERVER = join(TOOLS, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.RESOLUTE_CHROMIUM ?? '/usr/bin/chromium';

/** What scripts/e2e-setup.sh has not installed yet, if anything. */
export function missingTools(): string[] {
  return [NODE24, CODE_SERVER, CHROMIUM].filter((p) => !existsSync(p));
}
