// Node entry of the language server: IPC from the VS Code client, or --stdio for other editors and tests.
import { createNodeConnection } from './node-connection';
import { startServer } from './server';
import { ruleDocsUrl, VERSION } from '../node/meta';
import { nodeWorkspaceSettings } from '../node/workspace-files';

/**
 * `gc` exists in contexts made after the flag is set; a runtime that ignores late flags has none.
 * Looked up at the first release, not at startup: loading node:v8 took ~10 ms of the time to `initialize`.
 */
function exposedGc(): (() => void) | undefined {
  try {
    const { setFlagsFromString } = require('node:v8') as typeof import('node:v8');
    const { runInNewContext } = require('node:vm') as typeof import('node:vm');
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
let gc: (() => void) | null | undefined;

/**
 * When a long draft goes quiet (ServerHost.releaseMemory): two full collections, which hand the
 * pages of the versions typing left behind back to the system. Not in V8's memory-reducing mode
 * (--optimize-for-size): that mode also drops the hidden classes only optimised code still refers
 * to, and the first keystrokes after the pause paid for recompiling it.
 */
function releaseMemory(): void {
  if (gc === undefined) gc = exposedGc() ?? null;
  gc?.();
  gc?.();
}

const connection = createNodeConnection();
// stdout carries the protocol: anything printed goes to the client's log instead.
console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));

const workspace = nodeWorkspaceSettings();

startServer(connection, {
  version: VERSION,
  ruleDocs: ruleDocsUrl,
  defer: (fn) => setImmediate(fn),
  setWorkspaceFolders: workspace.setFolders,
  setTrusted: workspace.setTrusted,
  workspaceSettings: workspace.read,
  releaseMemory,
});
