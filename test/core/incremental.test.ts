import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { clearCleanTextCache, clearTextCaches, createResolutionService, parse, type Checked, type Diagnostic, type ResolutionDoc, type ResolutionService } from '../../server/src/core';
import { acronymsOf } from '../../server/src/core/acronyms';
import { citations } from '../../server/src/core/citations';
import { CleanText } from '../../server/src/core/text/clean-text';
import { repoFile, ROOT } from '../helpers/fixture';

// After an edit only the edited paragraphs are recomputed (text-keyed caches); the result must
// be exactly what a cold, full analysis of the same text gives.
const docs = [
  'examples/S-RES-2370-2017.resolution.md',
  ...readdirSync(join(ROOT, 'test/corpus/sc_md')).slice(0, 40).map((f) => `test/corpus/sc_md/${f}`),
].map((p) => repoFile(p));

const show = (ds: Diagnostic[]) => ds.map((d) => `${d.span.start}-${d.span.end} ${d.severity} ${d.code} ${d.message} | ${(d.fixes ?? []).map((f) => f.title + JSON.stringify(f.edits)).join(' ; ')}`);

/** Offsets to hover at: spread over the text, and at every acronym-like token. */
function probes(text: string): number[] {
  const out: number[] = [];
  for (let o = 0; o < text.length; o += 211) out.push(o);
  for (const m of text.matchAll(/[A-Z][A-Za-z]*[A-Z]/g)) out.push(m.index + 1);
  return out;
}

const newService = () => createResolutionService({ settings: { today: '2026-11-27' } });

/** A service used as the server uses it: each version is checked as an edit of the version checked before. */
interface Session {
  readonly service: ResolutionService;
  diagnostics(doc: ResolutionDoc): Diagnostic[];
}
function newSession(): Session {
  const service = newService();
  let previous: Checked | undefined;
  return {
    service,
    diagnostics(doc) {
      const found = service.diagnostics(doc, previous);
      previous = service.checked(doc);
      return found;
    },
  };
}

/** Applies a random edit (a position as a fraction of the text, characters to delete, text to insert). */
function applyEdit(text: string, e: { at: number; del: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
}

function cold(text: string): string[] {
  clearTextCaches();
  clearCleanTextCache();
  return show(newService().diagnostics(parse(text)));
}

/**
 * For each generated corpus text and edit sequence: a service warmed on the text, then `check` on
 * every version the edits make, with that service.
 */
function afterEachEdit<E>(edits: fc.Arbitrary<E[]>, numRuns: number, apply: (text: string, e: E) => string, check: (text: string, warm: Session) => void): void {
  fc.assert(
    fc.property(fc.nat(docs.length - 1), edits, (which, es) => {
      let text = docs[which];
      const warm = newSession();
      warm.diagnostics(parse(text));
      for (const e of es) {
        text = apply(text, e);
        check(text, warm);
      }
    }),
    { numRuns, seed: 20261127 },
  );
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat(40),
  insert: fc.constantFrom(
    '', 'x', ' ', ',', ';', '.', '\n\n', '\n\n7. *Decides* ', 'UNOCT ', 'resolution 1373 (2002) ', '(b) ', 'Recalling ', '*', 'ü',
    // Edits that define or undefine acronyms elsewhere, write one in mixed case, or renumber.
    'United Nations Office of Counter-Terrorism (UNOCT) ', 'memorandum of understanding (MoU) ', 'MoU ', 'UN ', '(ISIL, also known as Da’esh) ', 'ISIL ', '(', ')',
    '\n\n1. ', '\n\n3 bis. ', '\n\n(a) ', '\n\n*Recalling* ',
  ),
});

test('analysis after random edit sequences equals a cold full analysis', () => {
  afterEachEdit(fc.array(edit, { minLength: 1, maxLength: 6 }), 60, applyEdit, (text, warm) => {
    const doc = parse(text);
    const incremental = show(warm.diagnostics(doc));
    const hovers = probes(text).map((o) => warm.service.hover(doc, o));
    assert.deepEqual(incremental, cold(text));
    const fresh = parse(text);
    const service = newService();
    assert.deepEqual(hovers, probes(text).map((o) => service.hover(fresh, o)));
    // Warm the caches again with this version, as an editor session would.
    warm.diagnostics(parse(text));
  });
});

// A definition written or removed in one paragraph changes what counts as a use in the others
// (MoU in mixed case, UN-Women and SPLM/A as wholes): unchanged paragraphs must follow.
const acronymEdit = fc.record({
  paragraph: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat(12),
  insert: fc.constantFrom(
    ' memorandum of understanding (MoU) ', ' the MoU ', ' the MoUs ', ' UN-Women ', ' United Nations Entity for Gender Equality (UN-Women) ',
    ' SPLM/A ', ' Sudan People’s Liberation Movement/Army (SPLM/A) ', ' AU-UN ', ' (AU-UN) ', ' GoS ', ' Government of Sudan (GoS) ', '',
  ),
});

/** Applies an acronym edit at the end of a paragraph of the body, where the engine scans. */
function applyAtParagraphEnd(text: string, e: { paragraph: number; del: number; insert: string }): string {
  const ends = [...text.matchAll(/[a-z,;.](?=\n\n)/g)].map((m) => m.index + 1);
  const at = ends[Math.floor(e.paragraph * ends.length)] ?? text.length;
  return text.slice(0, Math.max(0, at - e.del)) + e.insert + text.slice(at);
}

test('definitions added or removed elsewhere are seen by unchanged paragraphs', () => {
  afterEachEdit(fc.array(acronymEdit, { minLength: 2, maxLength: 8 }), 60, applyAtParagraphEnd, (text, warm) => {
    assert.deepEqual(show(warm.diagnostics(parse(text))), cold(text));
  });
});

test('a use waits for its definition written later in another paragraph, and loses it again', () => {
  const seed = docs[0];
  const ends = [...seed.matchAll(/[a-z,;.](?=\n\n)/g)].map((m) => m.index + 1);
  const [early, late] = [ends[Math.floor(ends.length / 3)], ends[Math.floor((2 * ends.length) / 3)]];
  const pairs = [
    [' the AU-UN operation ', ' the African Union-United Nations (AU-UN)'], // one use, no longer AU and UN
    [' the EU-CAP ', ' European Union Capacity (EU-CAP)'],
    [' the MoU ', ' memorandum of understanding (MoU)'], // mixed case: words with one capital are read
  ];
  for (const [use, definition] of pairs) {
    const warm = newSession();
    const used = seed.slice(0, late) + use + seed.slice(late);
    const defined = used.slice(0, early) + definition + used.slice(early);
    for (const text of [used, defined, used, defined]) {
      const incremental = show(warm.diagnostics(parse(text)));
      assert.deepEqual(incremental, cold(text), `${use} / ${definition}`);
    }
  }
});

/**
 * A copy to compare: a clean text becomes its words, italics and the source offset of every
 * character (a moved one stores them relative to another base), a view the fields it shows;
 * shared objects stay shared.
 */
function plain(v: unknown, seen = new Map<object, unknown>()): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (seen.has(v)) return seen.get(v);
  if (v instanceof CleanText) {
    const out = { text: v.text, italics: v.italics, offsets: Array.from({ length: v.text.length + 1 }, (_, i) => v.sourceOffset(i)) };
    seen.set(v, out);
    return out;
  }
  if (v instanceof Map) {
    const out = new Map();
    seen.set(v, out);
    for (const [k, x] of v) out.set(k, plain(x, seen));
    return out;
  }
  const out: Record<string, unknown> | unknown[] = Array.isArray(v) ? [] : {};
  seen.set(v, out);
  // A view (a citation seen where its text now stands) compares by the fields it shows.
  const fields = 'toJSON' in v && typeof v.toJSON === 'function' ? (v.toJSON() as object) : v;
  for (const [k, x] of Object.entries(fields)) (out as Record<string, unknown>)[k] = plain(x, seen);
  return out;
}

// The shared models themselves, not only what rules make of them: a paragraph's citations or
// acronym uses moved from an earlier version must equal those recognised afresh, field by field.
test('models after random edit sequences equal those of a cold parse', () => {
  afterEachEdit(fc.array(edit, { minLength: 1, maxLength: 4 }), 25, applyEdit, (text, warm) => {
    const doc = parse(text);
    warm.diagnostics(doc);
    const incremental = plain({ doc, citations: citations(doc), acronyms: acronymsOf(doc) });
    clearTextCaches();
    clearCleanTextCache();
    const fresh = parse(text);
    assert.deepStrictEqual(incremental, plain({ doc: fresh, citations: citations(fresh), acronyms: acronymsOf(fresh) }));
  });
});
