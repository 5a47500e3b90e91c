// Node entry of the language server: IPC from the VS Code client, or --stdio for other editors and tests.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { nodeWorkspaceSettings } from '../node/workspace-files';

const connection = createConnection(ProposedFeatures.all);
// stdout carries the protocol: anything printed goes to the client's log instead.
console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));

const docsRoot = join(__dirname, '..', 'docs', 'rules');
const workspace = nodeWorkspaceSettings();

startServer(connection, {
  version: process.env.RESOLUTE_VERSION ?? '0.1.0',
  ruleDocs: (code) => pathToFileURL(join(docsRoot, `${code}.md`)).href,
  defer: (fn) => setImmediate(fn),
  setWorkspaceFolders: workspace.setFolders,
  setTrusted: workspace.setTrusted,
  workspaceSettings: workspace.read,
});
