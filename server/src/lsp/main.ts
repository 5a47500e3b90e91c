// Node entry of the language server: IPC from the VS Code client, or --stdio for other editors and tests.
import { setFlagsFromString } from 'node:v8';
import { createNodeConnection } from './node-connection';
import { startServer } from './server';
import { ruleDocsUrl, VERSION } from '../node/meta';
import { nodeWorkspaceSettings } from '../node/workspace-files';

// A long draft is re-parsed on every keystroke: collect old versions eagerly rather than grow the heap.
for (const f of (process.env.XFLAGS ?? '').split(' ').filter(Boolean)) setFlagsFromString(f);

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
});
