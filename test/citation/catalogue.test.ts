import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { GaData } from '../../server/src/core/data/ga-data';
import { ScCatalogue } from '../../server/src/core/data/sc-catalogue';
import { repoFile, ROOT } from '../helpers/fixture';

const csv = (name: string) => parseCsv(repoFile('data', name), { columns: true, skip_empty_lines: true }) as Record<string, string>[];

test('the bundled Security Council catalogue gives back every row of data/unsc-resolutions.csv', () => {
  const sc = new ScCatalogue();
  const rows = csv('unsc-resolutions.csv');
  assert.equal(sc.lastBundled, 2825);
  for (const r of rows) {
    const e = sc.get(Number(r.number));
    assert.ok(e, r.number);
    assert.deepEqual(
      [e.date, e.meeting, e.subject, e.vote, e.origin],
      [r.date, r.meeting ? Number(r.meeting) : undefined, r.title || undefined, r.vote || undefined, 'catalogue'],
      `resolution ${r.number}`,
    );
  }
});

test('a number missing from the data exists, its year inferred from its neighbours', () => {
  const sc = new ScCatalogue();
  assert.deepEqual(sc.get(2762), { number: 2762, year: 2024, origin: 'inferred' });
  assert.equal(sc.yearOf(2762), 2024);
  assert.equal(sc.get(0), undefined);
  assert.equal(sc.get(2826), undefined);
  assert.deepEqual(sc.yearRange(2024), { first: 2722, last: 2767 });
  assert.deepEqual(sc.yearRange(1946), { first: 1, last: 15 });
  assert.equal(sc.lastEntry().number, 2825);
  assert.equal(sc.coversYear(2025), true);
  assert.equal(sc.coversYear(2026), false);
});

test('every year range agrees with data/unsc-year-ranges.csv', () => {
  const sc = new ScCatalogue();
  for (const r of csv('unsc-year-ranges.csv')) {
    assert.deepEqual(sc.yearRange(Number(r.year)), { first: Number(r.first_number), last: Number(r.last_number) }, r.year);
  }
});

test('resolutions added by the user extend the catalogue and fill its gaps', () => {
  const sc = new ScCatalogue([
    { number: 2830, date: '2026-09-01', meeting: 10300, subject: 'Added by hand' },
    { number: 2762, date: '2024-12-10', subject: 'A gap filled' },
    { number: 2900, date: 'soon' },
  ]);
  assert.equal(sc.lastNumber, 2830);
  assert.equal(sc.get(2830)?.origin, 'user');
  assert.equal(sc.get(2830)?.meeting, 10300);
  assert.equal(sc.get(2762)?.subject, 'A gap filled');
  // Between the bundled data and the user's entry: existing, details unknown, year shared by both sides.
  assert.deepEqual(sc.get(2827), { number: 2827, year: 2026, origin: 'inferred' });
  assert.equal(sc.get(2900), undefined);
  assert.equal(sc.lastEntry().number, 2830);
  assert.deepEqual(sc.search('283').map((r) => r.number), [2830, 283]);
  assert.deepEqual(sc.search('', ['hand']).map((r) => r.number), [2830]);
});

test('"did you mean": neighbouring numbers adopted in a given year, nearest first', () => {
  const sc = new ScCatalogue();
  assert.deepEqual(sc.suggestions(1556, 2005), [1586, 1596]);
  assert.deepEqual(sc.suggestions(2336, 2017), [2337, 2338, 2339]);
  assert.deepEqual(sc.suggestions(2900, 2019), [2500]);
  assert.deepEqual(sc.suggestions(2140, 2140), []);
});

test('search by the digits typed and by words of the subject', () => {
  const sc = new ScCatalogue();
  assert.deepEqual(sc.search('137').map((r) => r.number).sort((a, b) => a - b), [137, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379]);
  assert.equal(sc.search('', [], 50).length, 50);
  assert.equal(sc.search('').at(0)?.number, 2825);
  assert.deepEqual(sc.search('0'), []);
  const terror = sc.search('', ['terrorist'], 500);
  assert.ok(terror.length > 20 && terror.every((r) => /terrorist/i.test(r.subject ?? '')));
  // 1373's subject: "Peace and security — terrorist acts".
  assert.ok(sc.search('13', ['terrorist']).some((r) => r.number === 1373));
  assert.ok(!sc.search('13', ['somalia']).some((r) => r.number === 1373));
});

test('the General Assembly data gives back every row of data/ga-resolutions.csv', () => {
  const ga = new GaData();
  for (const r of csv('ga-resolutions.csv')) {
    const symbol = r.symbol.replace('A/RES/', '');
    assert.deepEqual(ga.resolution(symbol), { symbol, date: r.date, title: r.title }, symbol);
  }
  // A part cited alone finds the resolution.
  assert.equal(ga.resolution('74/92 A')?.symbol, '74/92 A-B');
  assert.equal(ga.resolution('60/288'), undefined);
});

test('General Assembly sessions: the one open today, and the period each covers', () => {
  const ga = new GaData();
  assert.equal(ga.latestSession('2026-08-31'), 80);
  assert.equal(ga.latestSession('2026-09-01'), 81);
  assert.equal(ga.dateFitsSession(60, '2006-09-08'), true);
  assert.equal(ga.dateFitsSession(61, '2006-09-20'), true);
  assert.equal(ga.dateFitsSession(60, '2006-10-01'), false);
  assert.equal(ga.dateFitsSession(1, '1946-02-01'), true);
  assert.equal(ga.period(60), 'September 2005 to September 2006');
});

test('the generated catalogue modules stay under 300 KB (what they add to the bundle)', () => {
  const size = ['sc-catalogue.ts', 'ga-resolutions.ts'].map((f) => statSync(join(ROOT, 'server/src/core/data/generated', f)).size);
  assert.ok(size[0] + size[1] < 300 * 1024, `${size.join(' + ')} bytes`);
});
