// Issue 2 acceptance, kept by the structure parser: every corpus text parses, and every adopted
// Security Council text of 2000–2026 yields as many numbered operative paragraphs as the highest
// top-level number printed in its operative part.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from '../../server/src/core';
import { repoFile, ROOT } from '../helpers/fixture';

const CORPUS = join(ROOT, 'test', 'corpus');
const files = (dir: string) => readdirSync(join(CORPUS, dir)).filter((f) => /\.(md|txt)$/.test(f)).sort();

/** Genuine exceptions: none at present. A file listed here must say why its count differs. */
const EXCEPTIONS: Record<string, string> = {};

test('every text of the corpus parses without an exception', () => {
  let n = 0;
  for (const dir of ['sc_md', 'sc', 'ga', 'ga_md', 'sc_not_adopted']) {
    for (const f of files(dir)) {
      const text = repoFile('test', 'corpus', dir, f);
      assert.doesNotThrow(() => parse(text, f.endsWith('.md') ? 'markdown' : 'plain'), `${dir}/${f}`);
      n++;
    }
  }
  assert.ok(n > 500, `only ${n} corpus texts found`);
});

/** The highest "N." at the start of a line between the opening line and the first annex, read from the text itself. */
function highestPrinted(text: string): number {
  let max = 0;
  let inBody = false;
  for (const line of text.split(/\r?\n/)) {
    const t = line.replace(/[*_]/g, '').trim();
    if (!inBody) {
      inBody = /^(?:<u>)?The Security Council(?:<\/u>)?\s*,?$/.test(t) || /^\d{1,3}\.\s/.test(t);
      if (!/^\d{1,3}\.\s/.test(t)) continue;
    }
    if (/^Annex(?:es)?\b/.test(t)) break;
    const m = /^(\d{1,3})\.\s/.exec(t);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

test('each adopted Security Council text has as many numbered operative paragraphs as its highest paragraph number', () => {
  const wrong: string[] = [];
  const list = files('sc_md');
  for (const f of list) {
    const text = repoFile('test', 'corpus', 'sc_md', f);
    const doc = parse(text, 'markdown');
    const numbered = doc.operative.filter((p) => p.label && !p.label.suffix).length;
    const printed = highestPrinted(text);
    if (numbered !== printed && !EXCEPTIONS[f]) wrong.push(`${f}: ${numbered} numbered operative paragraphs, highest number printed ${printed}`);
  }
  for (const w of wrong) console.log(w);
  assert.equal(list.length, 257);
  assert.deepEqual(wrong, []);
});
