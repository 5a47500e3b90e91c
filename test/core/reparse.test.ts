import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { clearCleanTextCache, clearTextCaches, parse, reparse, type ResolutionDoc, type SourceFormat } from '../../server/src/core';
import { repoFile, ROOT } from '../helpers/fixture';
import { plain } from '../helpers/plain';

// An edit inside a paragraph's line moves the model of the version before (`reparse`); the model
// must be the one a parse of the new text makes, and anything else must be left to the parse.

const SEED = repoFile('examples/S-RES-2370-2017.resolution.md');

const texts: { text: string; format: SourceFormat }[] = [
  { text: SEED, format: 'markdown' },
  { text: SEED.replace(/\n/g, '\r\n'), format: 'markdown' },
  ...['sc_md', 'sc', 'ga', 'ga_md', 'sc_not_adopted'].flatMap((dir) =>
    readdirSync(join(ROOT, 'test/corpus', dir))
      .filter((f) => /\.(md|txt)$/.test(f))
      .slice(0, 12)
      .map((f) => ({ text: repoFile(`test/corpus/${dir}/${f}`), format: (f.endsWith('.md') ? 'markdown' : 'plain') as SourceFormat })),
  ),
];

function cold(text: string, format: SourceFormat): ResolutionDoc {
  clearTextCaches();
  clearCleanTextCache();
  return parse(text, format);
}

/** Edits within a line: characters that end, open, label, bracket, emphasise or comment a paragraph, and deletions. */
const inLine = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat(6),
  insert: fc.constantFrom('', 'x', ' ', ',', ';', ':', '.', '*', '**', '[', ']', '(', ')', '1. ', '5 ', '(a) ', '(ii) ', 'Annex', 'Decides ', 'Recalling ', '<!--', '-->', '<u>', '</u>', 'The Security Council,', 'draft resolution', '\u00a0', 'é'),
});

test('models moved by reparse equal parses of the new text, warm and cold', () => {
  let moved = 0;
  fc.assert(
    fc.property(fc.nat(texts.length - 1), fc.array(inLine, { minLength: 1, maxLength: 12 }), (which, edits) => {
      const { format } = texts[which];
      let text = texts[which].text;
      let last = parse(text, format);
      for (const e of edits) {
        const at = Math.floor(e.at * text.length);
        const lineEnd = text.slice(at).search(/[\r\n]|$/) + at;
        text = text.slice(0, at) + e.insert + text.slice(Math.min(lineEnd, at + e.del));
        const m = reparse(last, text);
        if (m) {
          moved++;
          const model = plain(m);
          // Warm: the blocks found where the moved model says they are.
          assert.deepStrictEqual(model, plain(parse(text, format)));
          assert.deepStrictEqual(model, plain(cold(text, format)));
        }
        last = m ?? parse(text, format);
      }
    }),
    { numRuns: 300, seed: 20261128 },
  );
  assert.ok(moved >= 200, `${moved} models moved`);
});

/** The seed with `insert` typed at the first occurrence of `where` (after it when `after`), and its model moved. */
function typed(where: string, insert: string, after = false, text = SEED) {
  const before = parse(text);
  const kept = [...before.all];
  const at = text.indexOf(where) + (after ? where.length : 0);
  assert.ok(at >= 0, where);
  const next = text.slice(0, at) + insert + text.slice(at);
  return { next, kept, moved: reparse(before, next) };
}

test('a word typed in an operative paragraph moves every other paragraph, unchanged, to the new model', () => {
  const { next, kept, moved } = typed('*Decides* ', 'further ', true);
  assert.ok(moved);
  const edited = kept.findIndex((p) => p.clean.text.includes('Decides to remain seized'));
  assert.ok(edited > 0);
  // The same objects, but the edited one: nothing else was built again.
  moved.all.forEach((p, i) => assert.equal(p === kept[i], i !== edited, `paragraph ${i}`));
  assert.match(moved.all[edited].clean.text, /Decides further to remain seized/);
  assert.deepStrictEqual(plain(moved), plain(cold(next, 'markdown')));
});

test('a character typed before a paragraph moves those after it by one', () => {
  const { next, moved } = typed('*Recalling* its resolutions', 'x', true);
  assert.ok(moved);
  const last = moved.operative[moved.operative.length - 1];
  assert.ok(next.slice(last.span.start).startsWith('20. *Decides*'));
  assert.equal(moved.lines.positionAt(last.span.start).character, 0);
});

test('edits that change how blocks split or are placed are left to the parse', () => {
  const cases: [string, string, boolean?][] = [
    ['*Decides* to remain seized', '\n\n'], // a new paragraph
    ['20. *Decides*', '\n'], // a line break inside the paragraph
    ['20. *Decides*', '21. '], // a label at the start of the line
    ['The Security Council,', 'x', true], // no longer the opening line
    ['*Decides* to remain seized of the matter.', '\n\nAnnex', true],
  ];
  for (const [where, insert, after] of cases) assert.equal(typed(where, insert, after).moved, undefined, `${insert} at ${where}`);
  // Typing in a blank line makes a paragraph.
  assert.equal(typed('\n\n', 'x', true).moved, undefined);
  // A comment left open runs to the end of the text: its lines are split by a state lineShape does not see (found by fast-check).
  assert.equal(typed('matter.', '5 ', false, '<!--' + SEED).moved, undefined);
});

test('an edit between the \\r and \\n of a line break is left to the parse', () => {
  const crlf = SEED.replace(/\n/g, '\r\n');
  const at = crlf.indexOf('\r\n') + 1;
  assert.equal(reparse(parse(crlf), crlf.slice(0, at) + 'x' + crlf.slice(at)), undefined);
});

test('the same text is parsed', () => {
  const doc = parse(SEED);
  assert.equal(reparse(doc, SEED), undefined);
});

test('a moved model has the hidden class of a parsed one, so code optimised for either serves both', () => {
  // V8's own check, in a child with natives syntax, over the core bundle.
  const script = `
    const { parse, reparse } = require(${JSON.stringify(join(ROOT, 'dist/core.js'))});
    const text = require('node:fs').readFileSync(${JSON.stringify(join(ROOT, 'examples/S-RES-2370-2017.resolution.md'))}, 'utf8');
    const at = text.indexOf('*Decides* to remain seized') + '*Decides* '.length;
    const moved = reparse(parse(text), text.slice(0, at) + 'further ' + text.slice(at));
    if (!moved) throw new Error('not moved');
    process.stdout.write(String(%HaveSameMap(moved, parse(text))));`;
  const out = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' });
  assert.equal(out.stdout, 'true', out.stderr);
});
