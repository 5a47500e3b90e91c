import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Client-side commands: only UI; the analysis stays in the server. */
export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('resolute.addToGlossary', async (acronym: string, name?: string) => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder || !vscode.workspace.isTrusted) {
        void vscode.window.showWarningMessage('Resolute: open a trusted folder to keep a glossary (resolute-glossary.txt).');
        return;
      }
      const full = name ?? (await vscode.window.showInputBox({ prompt: `Full name of ${acronym}`, placeHolder: 'United Nations Office of Counter-Terrorism' }));
      if (!full) return;
      const uri = vscode.Uri.joinPath(folder.uri, 'resolute-glossary.txt');
      let existing = '';
      try {
        existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        existing = '# Resolute glossary: one "ACRONYM = Full name" per line\n';
      }
      const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${existing}${sep}${acronym} = ${full}\n`));
      await client()?.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }),
  );
}
