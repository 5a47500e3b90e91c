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

/** A draft as read: the text without its byte-order mark, and the bytes it came from (for `--fix`). */
export interface Draft {
  readonly text: string;
  readonly bom: boolean;
  readonly bytes: Buffer;
}

export type ReadResult = ({ ok: true } & Draft) | { ok: false; reason: string };

/** Reads a draft as UTF-8; refuses binary, UTF-16 and other non-UTF-8 files. A BOM is dropped (positions count after it). */
export async function readDraft(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, reason: 'saved as UTF-16, not checked: save it as UTF-8' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not checked' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8, not checked' };
  }
  // The decoder drops a leading byte-order mark; --fix writes it back.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, text, bom, bytes };
}
