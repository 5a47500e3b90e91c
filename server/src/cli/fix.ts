// `resolute check --fix`: applies each file's safe preferred fixes and writes the file
// back atomically. The checker writes nothing without this option.
import { randomBytes } from 'node:crypto';
import { readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { applyEdits, createResolutionService, formatForPath, parse, safeFixes, type AnalysisSettings, type Diagnostic } from '../core';
import type { Draft } from './files';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Re-check after applying, since a fix can make room for another; a bound in case two fixes undo each other. */
const MAX_PASSES = 5;

export interface FixResult {
  readonly text: string;
  readonly diagnostics: Diagnostic[];
  /** The file could not be written. */
  readonly failed: boolean;
}

/** One service per run; it counts rule failures, since a file is only fixed when every check ran on it. */
export function createFixer(settings: Partial<AnalysisSettings>, log: (line: string) => void) {
  let failures = 0;
  const service = createResolutionService({ settings, logger: { error: (m) => (failures++, log(m)) } });

  /** Diagnostics of a complete analysis, or why there is none. */
  function analyse(text: string, file: string): Diagnostic[] | string {
    if (text.length > service.settings.maxDocumentSize) return 'larger than the size limit, so not every check runs';
    const before = failures;
    const diagnostics = service.diagnostics(parse(text, formatForPath(file)));
    return failures === before ? diagnostics : 'a check failed on this file';
  }

  const errors = (ds: readonly Diagnostic[]) => new Set(ds.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`));

  return async function fix(file: string, draft: Draft): Promise<FixResult> {
    const first = analyse(draft.text, file);
    if (typeof first === 'string') {
      log(`${file}: not fixed: ${first}`);
      return { text: draft.text, diagnostics: service.diagnostics(parse(draft.text, formatForPath(file))), failed: false };
    }
    let text = draft.text;
    let diagnostics = first;
    const fixed: string[] = [];
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const { edits, codes } = safeFixes(diagnostics);
      if (!edits.length) break;
      const next = applyEdits(text, edits);
      const again = analyse(next, file);
      const had = errors(diagnostics);
      // A pass that breaks the analysis, adds an error or cuts a character in two is dropped, with what follows it.
      if (typeof again === 'string' || [...errors(again)].some((e) => !had.has(e)) || LONE_SURROGATE.test(next)) break;
      text = next;
      diagnostics = again;
      fixed.push(...codes);
    }
    if (!fixed.length) return { text, diagnostics, failed: false };
    const problem = await writeAtomically(file, draft, text);
    if (problem) {
      log(`${file}: not fixed: ${problem}`);
      return { text: draft.text, diagnostics: first, failed: true };
    }
    log(`${file}: fixed ${fixed.length} problem${fixed.length === 1 ? '' : 's'} (${summary(fixed)})`);
    return { text, diagnostics, failed: false };
  };
}

/** "citation/year-mismatch ×2, style/double-space" */
function summary(codes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([c, n]) => (n > 1 ? `${c} ×${n}` : c)).join(', ');
}

/**
 * Writes beside the file and renames over it, so a crash leaves the old or the new text,
 * never half of one. The file must still hold what was read; a symbolic link is followed,
 * the byte-order mark and the file mode are kept.
 */
async function writeAtomically(file: string, draft: Draft, text: string): Promise<string | undefined> {
  let target: string;
  let mode: number;
  try {
    target = await realpath(file);
    mode = (await stat(target)).mode;
    if (!(await readFile(target)).equals(draft.bytes)) return 'the file changed while it was being checked';
  } catch (e) {
    return `cannot read it again: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.resolute-tmp`);
  try {
    await writeFile(temp, (draft.bom ? '\ufeff' : '') + text, { encoding: 'utf8', mode, flag: 'wx' });
    await rename(temp, target);
    return undefined;
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    return `cannot write: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
  }
}
