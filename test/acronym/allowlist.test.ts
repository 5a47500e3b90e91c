// data/acronym-allowlist.csv: derived from data/un-acronyms-used-undefined.csv, reviewed by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { AcronymData } from '../../server/src/core/data/acronym-data';
import { NEVER_ABBREVIATED } from '../../server/src/core/acronyms';
import { repoFile } from '../helpers/fixture';

type Row = Record<string, string>;
const allow: Row[] = parseCsv(repoFile('data', 'acronym-allowlist.csv'), { columns: true });
const usage = new Map<string, Row>((parseCsv(repoFile('data', 'un-acronyms-used-undefined.csv'), { columns: true }) as Row[]).map((r) => [r.acronym, r]));

test('every entry carries the counts of the survey, and the organ’s texts use it undefined in most resolutions', () => {
  assert.ok(allow.length > 100);
  for (const r of allow) {
    const u = usage.get(r.acronym);
    assert.ok(u, `${r.acronym} is not in un-acronyms-used-undefined.csv`);
    for (const col of ['resolutions_using_without_definition', 'resolutions_using', 'sc_without_definition', 'ga_without_definition', 'example_symbol']) {
      assert.equal(r[col], u[col], `${r.acronym}: ${col}`);
    }
    const undef = Number(r.resolutions_using_without_definition);
    assert.ok(undef >= 3 && undef * 2 > Number(r.resolutions_using), `${r.acronym}: ${undef} of ${r.resolutions_using}`);
    const organs = r.organs.split(' ');
    assert.deepEqual(organs, ['SC', 'GA'].filter((o) => Number(o === 'SC' ? r.sc_without_definition : r.ga_without_definition) > 0), r.acronym);
  }
});

test('the hand review left out names never abbreviated and fragments of symbols or numerals', () => {
  const listed = new Set(allow.map((r) => r.acronym));
  for (const a of [...NEVER_ABBREVIATED.keys(), 'XCIV', 'ES', 'COMM', 'PR', 'OP', 'OP1']) assert.ok(!listed.has(a), a);
});

test('the shipped data reads the file: by organ, plural-insensitive, and the glossary adds to it', () => {
  const data = new AcronymData({ XQZR: '-', UNOCT: 'United Nations Office of Counter-Terrorism' });
  assert.equal(data.allowedUndefined('UNFCCC', 'GA')?.by, 'allowlist');
  assert.equal(data.allowedUndefined('UNFCCC', 'SC'), undefined);
  assert.equal(data.allowedUndefined('SDG', 'GA')?.by, 'allowlist');
  assert.deepEqual(data.allowedUndefined('NGOs', 'SC'), { by: 'allowlist', usedUndefined: 19, using: 20 });
  assert.equal(data.allowedUndefined('XQZR', 'SC')?.by, 'glossary');
  assert.equal(data.allowedUndefined('UNOCT', 'SC'), undefined, 'a glossary name is a name for the fix, not a licence');
  assert.equal(data.glossaryName('XQZR'), undefined);
});
