// Browser client (vscode.dev, github.dev): the same language server, run as a web worker.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { registerCommands } from './commands';
import { READ_WORKSPACE_FILE, readWorkspaceFile } from './workspace-file';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true));
  const clientOptions: LanguageClientOptions = {
    // Virtual workspaces open drafts under vscode-vfs:, github: and other schemes, not file:.
    documentSelector: [{ language: 'unres' }],
    synchronize: {
      configurationSection: 'resolute',
      // The worker asks for these again when they change (through the client: it has no file access).
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{resolute.json,resolute-glossary.txt}'),
    },
    initializationOptions: {
      workspaceTrusted: vscode.workspace.isTrusted,
      ruleDocsUri: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(true),
    },
  };
  client = new LanguageClient('resolute', 'Resolute', worker, clientOptions);
  client.onRequest(READ_WORKSPACE_FILE, readWorkspaceFile);
  registerCommands(context, () => client);
  // The client reads workspace files only in a trusted workspace: once trusted, the worker asks again.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('workspace/didChangeConfiguration', { settings: null })));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
