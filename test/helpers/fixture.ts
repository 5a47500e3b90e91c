// Fixture texts with their expectations written beside them, rust-analyzer style:
// a line "//   ^^^^ code" marks the columns of the line above it (the "//" counts as
// two columns), and is removed before analysis.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createResolutionService, parse, type AnalysisSettings, type Diagnostic, type Fix, type SourceFormat } from '../../server/src/core';

export interface Expected {
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

const MARKER = /^\/\/(\s*)(\^+)\s+(\S+)\s*$/;

/** Removes "//  ^^^ code" lines; returns the clean text and what they marked. */
export function annotated(src: string): { text: string; expected: Expected[] } {
  const lines = src.split('\n');
  const kept: string[] = [];
  const expected: Expected[] = [];
  let offset = 0;
  let prevStart = 0;
  for (const line of lines) {
    const m = MARKER.exec(line);
    if (m && kept.length) {
      const col = 2 + m[1].length;
      expected.push({ code: m[3], start: prevStart + col, end: prevStart + col + m[2].length });
      continue;
    }
    prevStart = offset;
    kept.push(line);
    offset += line.length + 1;
  }
  return { text: kept.join('\n'), expected };
}

export interface CheckOptions {
  settings?: Partial<AnalysisSettings>;
  format?: SourceFormat;
}

export function diagnose(text: string, opts: CheckOptions = {}): Diagnostic[] {
  const service = createResolutionService({ settings: { today: '2026-11-27', ...opts.settings } });
  return service.diagnostics(parse(text, opts.format ?? 'markdown'));
}

/** Asserts that the findings of the given codes (or code prefix ending in "/") are exactly those marked. */
export function expectFindings(codes: string | string[], src: string, opts: CheckOptions = {}): Diagnostic[] {
  const list = Array.isArray(codes) ? codes : [codes];
  const { text, expected } = annotated(src);
  const match = (c: string) => list.some((x) => (x.endsWith('/') ? c.startsWith(x) : c === x));
  const found = diagnose(text, opts).filter((d) => match(d.code));
  const show = (xs: readonly { code: string; start: number; end: number }[]) =>
    xs.map((x) => `${x.code} ${JSON.stringify(text.slice(x.start, x.end))} @${x.start}`).sort();
  assert.deepEqual(
    show(found.map((d) => ({ code: d.code, start: d.span.start, end: d.span.end }))),
    show(expected.filter((e) => match(e.code))),
  );
  return found;
}

/** Applies a fix's edits (non-overlapping) to the text. */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/**
 * Applies the fix titled `title` (or the preferred one) of the first finding with `code`,
 * asserts the result, and that the finding is gone while no new error appears.
 */
export function expectFix(code: string, before: string, after: string, opts: CheckOptions & { title?: string | RegExp } = {}): void {
  const { text } = annotated(before);
  const found = diagnose(text, opts);
  const d = found.find((x) => x.code === code);
  assert.ok(d, `no ${code} finding`);
  const fix = d.fixes?.find((f) => (opts.title === undefined ? f.isPreferred : typeof opts.title === 'string' ? f.title === opts.title : opts.title.test(f.title))) ?? (opts.title === undefined ? d.fixes?.[0] : undefined);
  assert.ok(fix, `no matching fix on ${code}: ${d.fixes?.map((f) => f.title).join(' | ')}`);
  const fixed = applyFix(text, fix);
  assert.equal(fixed, after);
  const again = diagnose(fixed, opts);
  assert.ok(!again.some((x) => x.code === code && x.span.start === d.span.start && x.message === d.message), `${code} still reported after the fix`);
  const errorsBefore = new Set(found.filter((x) => x.severity === 'error' && x.code !== code).map((x) => `${x.code}:${x.message}`));
  const newErrors = again.filter((x) => x.severity === 'error' && !errorsBefore.has(`${x.code}:${x.message}`) && x.code !== code);
  assert.deepEqual(newErrors.map((x) => `${x.code}: ${x.message}`), [], 'the fix created new errors');
}

/** The repository root: the nearest folder above the running test that holds package.json. */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

/** A file of the repository (fixtures, corpus, examples), read as the checker would. */
export function repoFile(...parts: string[]): string {
  return readFileSync(join(ROOT, ...parts), 'utf8');
}

export const SEED = () => repoFile('examples', 'S-RES-2370-2017.resolution.md');
