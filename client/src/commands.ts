import * as vscode from 'vscode';
import type { BaseLanguageClient, WorkspaceEdit } from 'vscode-languageclient';

interface CatalogueEntry {
  number: number;
  year?: number;
  date?: string;
  subject?: string;
}

/** Client-side commands: only UI; the analysis stays in the server. Shared by the desktop and browser clients. */
export function registerCommands(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined): void {
  const reg = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  reg('resolute.insertCitation', async () => {
    const editor = vscode.window.activeTextEditor;
    const c = client();
    if (!editor || !c) return;
    const entries = await c.sendRequest<CatalogueEntry[]>('resolute/catalogue', {});
    const picked = await vscode.window.showQuickPick(
      entries.map((e) => ({
        label: e.year ? `${e.number} (${e.year})` : String(e.number),
        description: e.date,
        detail: e.subject,
      })),
      { placeHolder: 'Resolution number or words of its subject', matchOnDescription: true, matchOnDetail: true },
    );
    if (picked) await editor.insertSnippet(new vscode.SnippetString(picked.label.replace(/\$/g, '\\$')));
  });

  reg('resolute.showStatistics', async () => {
    const editor = vscode.window.activeTextEditor;
    const c = client();
    if (!editor || !c) return;
    const stats = await c.sendRequest<Record<string, number> | null>('resolute/statistics', { uri: editor.document.uri.toString() });
    if (!stats) return;
    const lines = Object.entries(stats).map(([k, v]) => `${k}: ${v}`);
    void vscode.window.showInformationMessage(`Resolute: ${lines.join(' · ')}`, { modal: false });
  });

  reg('resolute.renumber', async () => {
    const editor = vscode.window.activeTextEditor;
    const c = client();
    if (!editor || !c) return;
    const edit = await c.sendRequest<WorkspaceEdit | null>('resolute/renumber', { uri: editor.document.uri.toString() });
    if (!edit) {
      void vscode.window.showInformationMessage('Resolute: the operative paragraphs are already numbered 1, 2, 3 ...');
      return;
    }
    await vscode.workspace.applyEdit(await c.protocol2CodeConverter.asWorkspaceEdit(edit));
  });

  reg('resolute.addToGlossary', async (acronym: string, name?: string) => {
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
  });
}
