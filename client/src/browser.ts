// Browser client (vscode.dev, github.dev): the same language server, run as a web worker.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { registerCommands } from './commands';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true));
  const clientOptions: LanguageClientOptions = {
    // Virtual workspaces open drafts under vscode-vfs:, github: and other schemes, not file:.
    documentSelector: [{ language: 'unres' }],
    synchronize: { configurationSection: 'resolute' },
    initializationOptions: {
      workspaceTrusted: vscode.workspace.isTrusted,
      ruleDocsUri: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(true),
    },
  };
  client = new LanguageClient('resolute', 'Resolute', worker, clientOptions);
  registerCommands(context, () => client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
