import { readFile } from 'node:fs/promises';
import { join, resolve, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE, GLOSSARY_FILE, parseGlossary, parseWorkspaceConfig, type AnalysisSettings } from '../core';

/**
 * Reads resolute.json and the glossary at the first workspace folder's root, and nothing
 * else. In an untrusted workspace (the client says so) neither file is read.
 */
export function nodeWorkspaceSettings(): {
  setFolders(uris: string[]): void;
  setTrusted(trusted: boolean): void;
  read(): Promise<Partial<AnalysisSettings>>;
  problems(): string[];
} {
  let root: string | undefined;
  let trusted = true;
  let problems: string[] = [];
  return {
    setFolders(uris) {
      const first = uris.find((u) => u.startsWith('file:'));
      root = first ? fileURLToPath(first) : undefined;
    },
    setTrusted(t) {
      trusted = t;
    },
    problems: () => problems,
    async read() {
      problems = [];
      if (!root || !trusted) return {};
      return readWorkspaceSettings(root, problems);
    },
  };
}

/** Shared by the server and the checker: the configuration and glossary of one folder. */
export async function readWorkspaceSettings(root: string, problems: string[] = []): Promise<Partial<AnalysisSettings>> {
  const text = await readFile(join(root, CONFIG_FILE), 'utf8').catch(() => undefined);
  const config = text === undefined ? undefined : parseWorkspaceConfig(text);
  if (config) problems.push(...config.problems);
  const glossaryFile = resolve(root, config?.glossaryPath ?? GLOSSARY_FILE);
  const rel = relative(root, glossaryFile);
  let glossary: Record<string, string> = {};
  if (rel.startsWith('..') || isAbsolute(rel)) problems.push(`glossary path ${config?.glossaryPath} leaves the workspace; not read`);
  else glossary = parseGlossary((await readFile(glossaryFile, 'utf8').catch(() => '')) ?? '');
  return { ...(config?.settings ?? {}), glossary };
}
