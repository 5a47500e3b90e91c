import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse } from '../../server/src/core';

const service = (extra: { number: number; date: string; subject?: string; vote?: string }[] = []) =>
  createResolutionService({ settings: { today: '2026-11-27', extraResolutions: extra } });

const hoverAt = (text: string, needle: string, extra: Parameters<typeof service>[0] = []) => service(extra).hover(parse(text), text.indexOf(needle) + 1);
/** The citation family's completion items (other families complete phrases too). */
const resolutions = (text: string, offset = text.length) => service().complete(parse(text), offset).filter((c) => c.kind === 'resolution');
const labels = (text: string, offset = text.length) => resolutions(text, offset).map((c) => c.label);

test('hover Markdown is inert: data from the user cannot add HTML, links or commands', () => {
  const h = hoverAt('Recalling its resolution 2830 (2026),', '2830', [
    { number: 2830, date: '2026-09-01', subject: '<img src=x onerror=alert(1)> [click](command:workbench.action.terminal.new) https://evil.example', vote: '**15**-0-0' },
  ]);
  assert.ok(h);
  assert.doesNotMatch(h.markdown, /(?<!\\)[<>]|\]\(command:|\[click\]\(|\*\*15\*\*/);
  // The only link is the one Resolute builds.
  assert.deepEqual([...h.markdown.matchAll(/\]\((https?:[^)]*\)?)\)/g)].map((m) => m[1]), ['https://undocs.org/S/RES/2830(2026)']);
});

test('hover on a General Assembly resolution in the data: title, date, session', () => {
  const h = hoverAt('Recalling its resolution 77/7 of 3 November 2022,', '77/7');
  assert.ok(h);
  assert.match(h.markdown, /77th session: September 2022 to September 2023/);
  assert.match(h.markdown, /Necessity of ending the economic/);
  assert.match(h.markdown, /Adopted on 3 November 2022/);
});

test('hover on presidential statements, documents and older General Assembly forms', () => {
  assert.match(hoverAt('Recalling S/PRST/2017/4,', 'S/PRST')!.markdown, /Statement by the President.*\n\n.*\(https:\/\/undocs\.org\/S\/PRST\/2017\/4\)/);
  assert.match(hoverAt('Taking note of the report S/2017/615,', 'S/2017')!.markdown, /\(https:\/\/undocs\.org\/S\/2017\/615\)/);
  assert.match(hoverAt('Recalling General Assembly resolution 3314 (XXIX),', '3314')!.markdown, /29th session.*\n\n.*\(https:\/\/undocs\.org\/A\/RES\/3314\(XXIX\)\)/);
});

test('hover on a gap of the data, on an unknown number, nothing between citations', () => {
  assert.match(hoverAt('Recalling its resolution 2762 (2024),', '2762')!.markdown, /Adopted in 2024; the catalogue has no details/);
  assert.match(hoverAt('Recalling its resolution 2900 (2019),', '2900')!.markdown, /Not in the catalogue, which ends with resolution 2825 \(2026\) of 29 June 2026/);
  assert.equal(hoverAt('Recalling its resolutions 1267 (1999) and 1373 (2001),', ' and'), undefined);
});

test('links: every target on undocs.org', () => {
  const text = 'Adopted by the Security Council at its 8017th meeting, on 2 August 2017\n\nThe Security Council,\n\nRecalling its resolutions 1267 (1999), 2762 and 2900, General Assembly resolutions 60/288, 3314 (XXIX) and ES-10/24, S/PRST/2017/4, S/2017/615 and the 1540 Committee,\n';
  const links = service().links(parse(text)).map((l) => `${text.slice(l.span.start, l.span.end)} ${l.target}`);
  assert.deepEqual(links, [
    '1267 (1999) https://undocs.org/S/RES/1267(1999)',
    '2762 https://undocs.org/S/RES/2762(2024)',
    '60/288 https://undocs.org/A/RES/60/288',
    '3314 (XXIX) https://undocs.org/A/RES/3314(XXIX)',
    'ES-10/24 https://undocs.org/A/RES/ES-10/24',
    'S/PRST/2017/4 https://undocs.org/S/PRST/2017/4',
    'S/2017/615 https://undocs.org/S/2017/615',
    '1540 https://undocs.org/S/RES/1540(2004)',
    '8017th https://undocs.org/S/PV.8017',
  ]);
});

test('completion: after "resolution", after a comma or "and" in a list, not elsewhere', () => {
  assert.ok(labels('The Security Council,\n\nRecalling its resolution 137').includes('1373 (2001)'));
  assert.ok(labels('The Security Council,\n\nRecalling its resolutions 1267 (1999), [1989 \\(2011\\)](#) and 137').includes('1373 (2001)'));
  assert.ok(labels('The Security Council,\r\n\r\nRecalling its resolutions 1267 (1999), 137').includes('1373 (2001)'));
  assert.equal(labels('The Security Council,\n\nRecalling its decision 137').length, 0);
  assert.equal(labels('The Security Council,\n\nRecalling its resolution 1373 (2001) on 137').length, 0);
  // Another organ's resolutions, and "its resolution" in a General Assembly text.
  assert.equal(labels('The Security Council,\n\nRecalling Human Rights Council resolution 1').length, 0);
  assert.equal(labels('The General Assembly,\n\nRecalling its resolution 1').length, 0);
  assert.ok(labels('The General Assembly,\n\nRecalling Security Council resolution 137').includes('1373 (2001)'));
});

test('completion: numbers already in the list are left out; the typed digits are replaced; detail and sort order', () => {
  const text = 'The Security Council,\n\nRecalling its resolutions 1373 (2001) and 137';
  const items = resolutions(text);
  assert.ok(!items.some((i) => i.label === '1373 (2001)'));
  const item = items.find((i) => i.label === '1377 (2001)')!;
  assert.deepEqual(item.replace, { start: text.length - 3, end: text.length });
  assert.equal(item.insertText, '1377 (2001)');
  assert.match(item.detail ?? '', /12 November 2001/);
  assert.deepEqual(items.map((i) => i.sortText), [...items.map((i) => i.sortText)].sort());
});

test('completion by a word of the subject', () => {
  const text = 'The Security Council,\n\nRecalling its resolution somalia';
  const items = resolutions(text);
  assert.ok(items.length > 10 && items.every((i) => /somalia/i.test(i.detail ?? '')));
  assert.deepEqual(items[0].replace, { start: text.length - 7, end: text.length });
  assert.equal(labels('The Security Council,\n\nRecalling its resolution so').length, 0);
});
