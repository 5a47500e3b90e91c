// The recogniser and the citation checks over the real texts of test/corpus.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createResolutionService, formatForPath, parse, type Diagnostic } from '../../server/src/core';
import { citations } from '../../server/src/core/citations';
import { citationRules } from '../../server/src/core/rules/citation';
import { repoFile, ROOT } from '../helpers/fixture';

const service = createResolutionService({ rules: citationRules, settings: { today: '2026-11-27' } });

function corpus(dir: string): { file: string; text: string }[] {
  return readdirSync(join(ROOT, 'test/corpus', dir))
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, text: repoFile('test/corpus', dir, f) }));
}

const PLAIN = /(\d{1,4})\s\((\d{4})\)/g;

for (const dir of ['sc_md', 'sc']) {
  test(`${dir}: the recogniser finds at least 99% of the "NNNN (YYYY)" that a plain pattern finds`, () => {
    let total = 0;
    let found = 0;
    const missed: string[] = [];
    for (const { file, text } of corpus(dir)) {
      const doc = parse(text, formatForPath(file));
      const spans = citations(doc).all.map((c) => c.span);
      for (const p of doc.all) {
        PLAIN.lastIndex = 0;
        for (let m = PLAIN.exec(p.clean.text); m; m = PLAIN.exec(p.clean.text)) {
          total++;
          const s = p.clean.toSource({ start: m.index, end: m.index + m[1].length });
          if (spans.some((c) => c.start <= s.start && s.end <= c.end)) found++;
          else missed.push(`${file}: ${m[0]}`);
        }
      }
    }
    assert.ok(total > 2000, `only ${total} found by the plain pattern`);
    assert.ok(found / total >= 0.99, `${found} of ${total}; missed: ${missed.slice(0, 20).join('; ')}`);
  });
}

/**
 * Every citation error reported over the adopted texts, each checked by hand against
 * data/unsc-resolutions.csv: all are slips of the adopted texts themselves.
 */
const KNOWN_ERRORS: Record<string, string> = {
  // 1626 was adopted on 19 September 2005; the text writes "1626 (2006) of 19 September 2006".
  'S-RES-1777-2007 citation/year-mismatch 2006': '1626 (2006)',
  // 1998 was adopted on 12 July 2011.
  'S-RES-2085-2012 citation/year-mismatch 2010': '1998 (2010)',
  // 1556 was adopted on 30 July 2004 (cited twice).
  'S-RES-2138-2014 citation/year-mismatch 2005': '1556 (2005)',
  // 2118 was adopted on 27 September 2013: "2118 (2113)".
  'S-RES-2139-2014 citation/year-mismatch 2113': '2118 (2113)',
  // 2142 was adopted on 5 March 2014; 2036 on 22 February 2012.
  'S-RES-2182-2014 citation/year-mismatch 2013': '2142 (2013)',
  'S-RES-2182-2014 citation/year-mismatch 2002': '2036 (2002)',
  // 2124 was adopted on 12 November 2013.
  'S-RES-2232-2015 citation/year-mismatch 2014': '2124 (2014)',
  // 1809 was adopted on 16 April 2008.
  'S-RES-2378-2017 citation/year-mismatch 2007': '1809 (2007)',
  // 2140 was adopted on 26 February 2014: "2140 (2140)".
  'S-RES-2624-2022 citation/year-mismatch 2140': '2140 (2140)',
};

function errors(dirs: string[]): { key: string; cited: string }[] {
  const out: { key: string; cited: string }[] = [];
  for (const dir of dirs) {
    for (const { file, text } of corpus(dir)) {
      const ds: Diagnostic[] = service.diagnostics(parse(text, formatForPath(file)));
      for (const d of ds) {
        if (d.severity !== 'error') continue;
        const name = file.replace(/^.*\//, '').replace(/\.(md|txt)$/, '');
        // The citation around the finding: the number before the year.
        const around = text.slice(Math.max(0, d.span.start - 12), d.span.end + 1);
        const cited = /\d{1,4} \(\d{4}\)|\d{1,4}$/.exec(around.replace(/\s+/g, ' '))?.[0] ?? around;
        out.push({ key: `${name} ${d.code} ${text.slice(d.span.start, d.span.end)}`, cited });
      }
    }
  }
  return out;
}

test('every citation error over the adopted texts is a real slip, checked by hand', () => {
  const found = errors(['sc_md', 'sc']);
  const unexpected = found.filter((e) => KNOWN_ERRORS[e.key] === undefined).map((e) => `${e.key} (${e.cited})`);
  assert.deepEqual(unexpected, []);
  const keys = new Set(found.map((e) => e.key));
  assert.deepEqual(Object.keys(KNOWN_ERRORS).filter((k) => !keys.has(k)), [], 'known slips no longer caught');
  for (const e of found) assert.equal(e.cited, KNOWN_ERRORS[e.key], e.key);
});

test('no citation error on drafts that were not adopted, nor on General Assembly texts', () => {
  const found = errors(['sc_not_adopted', 'ga_md', 'ga']);
  assert.deepEqual(found.map((e) => `${e.key} (${e.cited})`), []);
});
