// The browser worker cannot read the workspace: it asks the client for resolute.json and the
// glossary (request "resolute/readWorkspaceFile"), which reads them through vscode.workspace.fs,
// under the same limits as the Node server: a trusted workspace, a plain file of at most 1 MB
// inside the first folder, UTF-8.
import * as vscode from 'vscode';
import { isInsidePath } from './inside-path';

export const READ_WORKSPACE_FILE = 'resolute/readWorkspaceFile';
const MAX_BYTES = 1024 * 1024;


export async function readWorkspaceFile(params: unknown): Promise<string | null> {
  const path = (params as { path?: unknown } | undefined)?.path;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || !vscode.workspace.isTrusted || typeof path !== 'string' || !isInsidePath(path)) return null;
  const uri = vscode.Uri.joinPath(folder.uri, path);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // A symbolic link reads as File | SymbolicLink: refused, as the Node server refuses links that leave the folder.
    if (stat.type !== vscode.FileType.File || stat.size > MAX_BYTES) return null;
    return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}
