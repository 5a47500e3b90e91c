// Thin VS Code client: starts the bundled language server and forwards a few commands.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { SERVER_V8_FLAGS } from '../../server/src/node/v8-flags';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_V8_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_V8_FLAGS, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'unres', scheme: 'file' },
      { language: 'unres', scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: 'resolute',
      // The server re-reads these when they change; it reads them only in a trusted workspace.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{resolute.json,resolute-glossary.txt}'),
    },
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
  };
  client = new LanguageClient('resolute', 'Resolute', serverOptions, clientOptions);
  registerCommands(context, () => client);
  // Workspace files (resolute.json, glossary) are read only once the workspace is trusted.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
