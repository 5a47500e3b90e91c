import { readFile, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';

export const DRAFT_PATTERNS = ['**/*.unres', '**/*.resolution.md', '**/*.md', '**/*.txt'];

/** Expands folders and globs into files, in a stable order; a path that matches nothing is reported. */
export async function expandPaths(args: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const st = await stat(arg).catch(() => undefined);
    if (st?.isFile()) files.push(arg);
    else if (st?.isDirectory()) {
      const found = await glob(DRAFT_PATTERNS, { cwd: arg, ignore: ['**/node_modules/**', '**/.git/**'], dot: false });
      files.push(...found.sort().map((f) => joinPath(arg, f)));
    } else if (/[*?[{]/.test(arg)) {
      const found = await glob(arg, { ignore: ['**/node_modules/**', '**/.git/**'] });
      if (!found.length) missing.push(arg);
      files.push(...found.sort());
    } else missing.push(arg);
  }
  return { files: [...new Set(files)], missing };
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a draft as UTF-8; refuses binary and non-UTF-8 files. A BOM is dropped (positions count after it). */
export async function readDraft(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not checked' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8, not checked' };
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
