import type { Connection } from 'vscode-languageserver';
import { isLevel, parseExtraResolutions, type AnalysisSettings, type RuleLevel } from '../core';

/** What differs between the Node process and the web worker. */
export interface ServerHost {
  readonly version: string;
  /** Link to a rule's documentation page. */
  ruleDocs(code: string): string;
  /** Runs fn after the messages already queued have been handled. */
  defer(fn: () => void): void;
  setWorkspaceFolders?(uris: string[]): void;
  /** Untrusted workspaces: no workspace file is read. */
  setTrusted?(trusted: boolean): void;
  /** Settings from files in the workspace (resolute.json, glossary), under the editor's settings. */
  workspaceSettings?(): Promise<Partial<AnalysisSettings>>;
  /** Returns the memory the last versions left behind to the system (a full garbage collection). */
  releaseMemory?(): void;
  /** How long a large document stays unedited before releaseMemory (default 1.5 s). */
  readonly quietMs?: number;
  /** How long a large document stays unedited after its check before the edit path is rehearsed (default 0.5 s). */
  readonly rehearsalDelayMs?: number;
}

interface ClientSettings {
  rules?: Record<string, unknown>;
  catalogue?: { extra?: unknown };
  acronyms?: Record<string, unknown>;
  maxDocumentSizeMB?: unknown;
}

/** The user's settings win over the workspace files; invalid entries are dropped, not fatal. */
export async function readClientSettings(connection: Connection, host: ServerHost, hasConfiguration: boolean): Promise<Partial<AnalysisSettings>> {
  const fromFiles = (await host.workspaceSettings?.().catch(() => ({}))) ?? {};
  let client: ClientSettings = {};
  if (hasConfiguration) {
    try {
      client = ((await connection.workspace.getConfiguration('resolute')) as ClientSettings | null) ?? {};
    } catch {
      client = {};
    }
  }
  return mergeSettings(fromFiles, client);
}

export function mergeSettings(base: Partial<AnalysisSettings>, client: ClientSettings): Partial<AnalysisSettings> {
  const rules: Record<string, RuleLevel> = { ...(base.rules ?? {}) };
  for (const [code, level] of Object.entries(client.rules ?? {})) if (isLevel(level)) rules[code] = level;
  const glossary: Record<string, string> = { ...(base.glossary ?? {}) };
  for (const [a, name] of Object.entries(client.acronyms ?? {})) if (typeof name === 'string' && name.trim()) glossary[a] = name.trim();
  const out: Partial<AnalysisSettings> = {
    ...base,
    rules,
    glossary,
    extraResolutions: [...(base.extraResolutions ?? []), ...parseExtraResolutions(client.catalogue?.extra)],
  };
  const mb = Number(client.maxDocumentSizeMB);
  if (Number.isFinite(mb) && mb > 0) return { ...out, maxDocumentSize: Math.round(mb * 1024 * 1024) };
  return out;
}

