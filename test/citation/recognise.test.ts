import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../server/src/core';
import { citationAt, citations, type Citation } from '../../server/src/core/citations';

const read = (text: string, format: 'markdown' | 'plain' = 'markdown') => {
  const doc = parse(text, format);
  return { doc, text, c: citations(doc) };
};
const at = (text: string, c: { span: { start: number; end: number } }) => text.slice(c.span.start, c.span.end);
const describe = (text: string, x: Citation) =>
  x.kind === 'sc'
    ? `sc ${x.form} ${x.number}${x.year !== undefined ? ` (${x.year})` : x.sharedYear !== undefined ? ` (~${x.sharedYear})` : ''}${x.date ? ` of ${x.date.iso}` : ''} = ${at(text, x)}`
    : x.kind === 'ga'
      ? `ga ${x.symbol}${x.session !== undefined ? ` s${x.session}` : x.special ? ` ${x.special.kind} ${x.special.session}` : ''}${x.date ? ` of ${x.date.iso}` : ''} = ${at(text, x)}`
      : `${x.type} ${x.symbol}`;
const all = (text: string, format: 'markdown' | 'plain' = 'markdown') => {
  const r = read(text, format);
  return r.c.all.map((x) => describe(text, x));
};

test('a list: each number with its year, the separators, the noun', () => {
  const { c, text } = read('Recalling its resolutions 1267 (1999), 1989 (2011) and 2253 (2015),');
  assert.deepEqual(c.all.map((x) => describe(text, x)), ['sc list 1267 (1999) = 1267 (1999)', 'sc list 1989 (2011) = 1989 (2011)', 'sc list 2253 (2015) = 2253 (2015)']);
  const [list] = c.lists;
  assert.equal(list.noun?.text, 'resolutions');
  assert.equal(list.noun?.plural, true);
  assert.deepEqual(list.separators.map((s) => s.kind), ['comma', 'and']);
  assert.ok(c.sc.every((x) => x.list === list));
});

test('a year written once for several numbers, and numbers without a year', () => {
  assert.deepEqual(all('Recalling its resolutions 425 and 426 (1978), and resolution 1701 in line with 242, 338 and 1515 (2003),'), [
    'sc list 425 (~1978) = 425',
    'sc list 426 (1978) = 426 (1978)',
    'sc list 1701 = 1701',
    // After "in line with", only the number with its year reads as a citation.
    'sc bare 1515 (2003) = 1515 (2003)',
  ]);
  assert.deepEqual(all('Recalling its resolutions 242, 338 and 1515 (2003),'), ['sc list 242 (~2003) = 242', 'sc list 338 (~2003) = 338', 'sc list 1515 (2003) = 1515 (2003)']);
});

test('dates after "of", with or without the year in parentheses', () => {
  assert.deepEqual(all('Recalling its resolutions 1255 of 30 July 1999 and 1373 (2001) of 28 September 2001,'), [
    'sc list 1255 of 1999-07-30 = 1255',
    'sc list 1373 (2001) of 2001-09-28 = 1373 (2001)',
  ]);
});

test('Markdown links and escapes, no-break spaces, a missing space, a comma before the year', () => {
  const text = 'Reaffirming resolutions [2199 \\(2015\\)](#), 2253\u00a0(2015), 2368(2017) and 1738, (2006),';
  assert.deepEqual(all(text), ['sc list 2199 (2015) = 2199 \\(2015\\)', 'sc list 2253 (2015) = 2253\u00a0(2015)', 'sc list 2368 (2017) = 2368(2017)', 'sc list 1738 (2006) = 1738, (2006)']);
  const { c } = read(text);
  assert.deepEqual(c.sc.map((x) => x.gap?.text), [undefined, undefined, '', ', ']);
});

test('citations without the noun: "in particular 1500 (2003)", "of 1844 (2008)"', () => {
  assert.deepEqual(all('Recalling its previous resolutions, in particular 1500 (2003), 1546 (2004), and paragraphs 1 and 3 of 1844 (2008),'), [
    'sc bare 1500 (2003) = 1500 (2003)',
    'sc bare 1546 (2004) = 1546 (2004)',
    'sc bare 1844 (2008) = 1844 (2008)',
  ]);
  // Numbers in parentheses after "paragraph", "Article" and the like are not resolutions.
  assert.deepEqual(all('In accordance with paragraph 5 (2015) and Article 51 (1945) of the Charter, No. 38 (2020),'), []);
});

test('numbers in committee names', () => {
  assert.deepEqual(all("Directs the 1267/1989/2253 ISIL (also known as Da'esh) and Al-Qaida Sanctions Committee and the 1540 Committee;"), [
    'sc committee 1267 = 1267',
    'sc committee 1989 = 1989',
    'sc committee 2253 = 2253',
    'sc committee 1540 = 1540',
  ]);
});

test('General Assembly citations in all their forms', () => {
  assert.deepEqual(
    all('Recalling General Assembly resolution [60/288](#) of 8 September 2006, A/RES/60/288, its resolutions 3314 (XXIX), 217 A (III), S-8/1 and ES-10/24, and General Assembly resolution 75/200 (2020),'),
    [
      'ga 60/288 s60 of 2006-09-08 = 60/288',
      'ga 60/288 s60 = A/RES/60/288',
      'ga 3314 (XXIX) s29 = 3314 (XXIX)',
      'ga 217 A (III) s3 = 217 A (III)',
      'ga S-8/1 special 8 = S-8/1',
      'ga ES-10/24 emergency 10 = ES-10/24',
      'ga 75/200 s75 = 75/200 (2020)',
    ],
  );
});

test("other bodies' resolutions are not read as the Council's or the Assembly's", () => {
  assert.deepEqual(
    all('Recalling Human Rights Council resolution 5/1, Economic and Social Council resolution 2019/12, the Human Rights Council in its resolution 52/14 of 3 April 2023, resolution 16/18 of 24 March 2011 and United Nations Environment Assembly resolution 4/1,'),
    [],
  );
  // "Council" alone is the Council's own; a capitalised opener is not part of a name.
  assert.deepEqual(all("Recalling the Council's resolution 1373 (2001),"), ['sc list 1373 (2001) = 1373 (2001)']);
  assert.deepEqual(all('Recalling Security Council resolution 1325 (2000) and UNSCR 1373,'), ['sc list 1325 (2000) = 1325 (2000)', 'sc list 1373 = 1373']);
});

test('presidential statements and other Security Council documents', () => {
  assert.deepEqual(all('Recalling the statements of its President S/PRST/2017/4 and the report (S/2017/615), the letter S/24111 and the record S/PV.8017,'), [
    'presidential-statement S/PRST/2017/4',
    'document S/2017/615',
    'document S/24111',
    'record S/PV.8017',
  ]);
});

test('the heading: the resolution, the adoption line, the masthead date', () => {
  const text = 'Security Council\n\nDistr.: General\n2 August 2017\n\nResolution 2370 (2017)\n\n**Adopted by the Security Council at its 8017th meeting, on\n2 August 2017**\n\nThe Security Council,\n\nRecalling its resolution 1373 (2001),\n';
  const { c } = read(text);
  const h = c.heading;
  assert.equal(h.resolution?.form, 'heading');
  assert.equal(h.resolution?.number, 2370);
  assert.equal(h.resolution?.year, 2017);
  assert.equal(h.adoption?.meeting, 8017);
  assert.equal(h.adoption?.suffix, 'th');
  assert.equal(text.slice(h.adoption!.meetingSpan.start, h.adoption!.meetingSpan.end), '8017');
  assert.equal(h.adoption?.date?.iso, '2017-08-02');
  assert.deepEqual(h.otherDates.map((d) => d.iso), ['2017-08-02']);
  assert.deepEqual(c.sc.map((x) => `${x.form} ${x.number}`), ['heading 2370', 'list 1373']);
});

test('older headings: "Resolution 242 (1967) of 22 November 1967", "1 (1946). Resolution of 25 January 1946", "Adopted unanimously at the 1382nd meeting."', () => {
  const old = read('Resolution 242 (1967)\nof 22 November 1967\n\nThe Security Council,\n\n1. Affirms the principles;\n\nAdopted unanimously at the\n1382nd meeting.\n', 'plain').c.heading;
  assert.equal(old.resolution?.number, 242);
  assert.equal(old.dateLine?.iso, '1967-11-22');
  assert.equal(old.adoption?.meeting, 1382);
  assert.equal(old.adoption?.suffix, 'nd');
  const first = read('1 (1946). Resolution of 25 January 1946\n[S/1234]\n\nThe Security Council,\n', 'plain').c;
  assert.equal(first.heading.resolution?.number, 1);
  assert.equal(first.heading.dateLine?.iso, '1946-01-25');
  assert.deepEqual(first.documents.map((d) => d.symbol), ['S/1234']);
});

test('dates that do not exist or are written otherwise are recognised, to be checked', () => {
  const { c } = read('Recalling its resolutions 1373 (2001) of 31 September 2001, 1267 (1999) of October 15, 1999 and 2253 (2015) of 17th Dec. 2015,');
  assert.deepEqual(c.dates.map((d) => [d.text, d.iso ?? null, d.wellFormed]), [
    ['31 September 2001', null, true],
    ['October 15, 1999', '1999-10-15', false],
    ['17th Dec. 2015', '2015-12-17', false],
  ]);
});

test('plain text with hard line breaks', () => {
  assert.deepEqual(all('Recalling its resolutions 209 (1965)\nof 4 September 1965 and 210\n(1965) of 6 September 1965,\n', 'plain'), [
    'sc list 209 (1965) of 1965-09-04 = 209 (1965)',
    'sc list 210 (1965) of 1965-09-06 = 210\n(1965)',
  ]);
});

test('citationAt finds the citation under an offset; the list is computed once per document', () => {
  const text = 'Recalling its resolutions 1267 (1999) and 1373 (2001),';
  const { doc, c } = read(text);
  assert.equal(citations(doc), c);
  const hit = citationAt(doc, text.indexOf('1373') + 2);
  assert.equal(hit?.kind === 'sc' && hit.number, 1373);
  assert.equal(citationAt(doc, text.indexOf('and')), undefined);
  assert.equal(citationAt(doc, text.indexOf('(2001)') + 6)?.kind, 'sc');
});
