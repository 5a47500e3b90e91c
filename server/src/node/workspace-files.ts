import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settingsFromFiles, type AnalysisSettings } from '../core';

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
export function readWorkspaceSettings(root: string, problems: string[] = []): Promise<Partial<AnalysisSettings>> {
  return settingsFromFiles((path) => readInside(root, path, problems), problems);
}

/** Configuration files are small; anything larger is a mistake (or a trap), not read. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * A file of the workspace, read only when it really lies inside the folder (symbolic links
 * followed) and is a small regular file; a missing file reads as undefined.
 */
async function readInside(root: string, path: string, problems: string[]): Promise<string | undefined> {
  const outside = (base: string, file: string) => {
    const rel = relative(base, file);
    return rel.startsWith('..') || isAbsolute(rel);
  };
  // The path as written first, so that nothing outside is even looked at; then where links lead.
  const real = outside(root, resolve(root, path)) ? null : await realpath(resolve(root, path)).catch(() => undefined);
  if (real === undefined) return undefined;
  if (real === null || outside(await realpath(root).catch(() => root), real)) {
    problems.push(`${path} leaves the workspace folder; not read`);
    return undefined;
  }
  const st = await stat(real).catch(() => undefined);
  if (!st?.isFile() || st.size > MAX_CONFIG_BYTES) {
    problems.push(`${path} is not a file of at most 1 MB; not read`);
    return undefined;
  }
  return readFile(real, 'utf8').catch(() => undefined);
}
