import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { clearCleanTextCache, clearTextCaches, createResolutionService, parse, reparse, type Checked, type Diagnostic, type ResolutionDoc, type ResolutionService } from '../../server/src/core';
import { acronymsOf } from '../../server/src/core/acronyms';
import { citations } from '../../server/src/core/citations';
import { repoFile, ROOT } from '../helpers/fixture';
import { plain } from '../helpers/plain';

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

/**
 * A service used as the server uses it: each version is modelled as an edit of the version modelled
 * before (`reparse`, which takes that model over), and checked as an edit of the version checked before.
 */
interface Session {
  readonly service: ResolutionService;
  model(text: string): ResolutionDoc;
  diagnostics(doc: ResolutionDoc): Diagnostic[];
}
/** Models made by `reparse` and by `parse` in all sessions: the first must not stay at 0, or the tests read only full parses. */
const made = { reparsed: 0, parsed: 0 };
function newSession(): Session {
  const service = newService();
  let previous: Checked | undefined;
  let last: ResolutionDoc | undefined;
  return {
    service,
    model(text) {
      const moved = last && reparse(last, text);
      made[moved ? 'reparsed' : 'parsed']++;
      last = moved || parse(text);
      return last;
    },
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
      warm.diagnostics(warm.model(text));
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
    const doc = warm.model(text);
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
    assert.deepEqual(show(warm.diagnostics(warm.model(text))), cold(text));
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
      const incremental = show(warm.diagnostics(warm.model(text)));
      assert.deepEqual(incremental, cold(text), `${use} / ${definition}`);
    }
  }
});

// The shared models themselves, not only what rules make of them: a paragraph's citations or
// acronym uses moved from an earlier version must equal those recognised afresh, field by field.
test('models after random edit sequences equal those of a cold parse', () => {
  afterEachEdit(fc.array(edit, { minLength: 1, maxLength: 4 }), 25, applyEdit, (text, warm) => {
    const doc = warm.model(text);
    warm.diagnostics(doc);
    const incremental = plain({ doc, citations: citations(doc), acronyms: acronymsOf(doc) });
    clearTextCaches();
    clearCleanTextCache();
    const fresh = parse(text);
    assert.deepStrictEqual(incremental, plain({ doc: fresh, citations: citations(fresh), acronyms: acronymsOf(fresh) }));
  });
});

test('the random edits above were modelled by reparse as well as by parse', () => {
  // Edits inside a paragraph's line (a character, a word) are moved models; line breaks and labels are parsed.
  assert.ok(made.reparsed >= 100 && made.parsed >= 100, JSON.stringify(made));
});
