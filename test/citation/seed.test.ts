import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../server/src/core';
import { citations } from '../../server/src/core/citations';
import { diagnose, SEED } from '../helpers/fixture';

test('the seed: every Security Council citation and 60/288 is recognised', () => {
  const text = SEED();
  const c = citations(parse(text));
  const sc = c.sc.map((x) => `${x.form}:${x.number}${x.year === undefined ? '' : ` (${x.year})`}`);
  assert.deepEqual(sc, [
    'heading:2370 (2017)',
    // Recalling its resolutions ...
    'list:1267 (1999)',
    'list:1373 (2001)',
    'list:1844 (2008)',
    'list:1963 (2010)',
    'list:2129 (2013)',
    'list:2195 (2014)',
    'list:2220 (2015)',
    'list:2253 (2015)',
    'list:2322 (2016)',
    'list:2341 (2017)',
    'list:2368 (2017)',
    // Reaffirming its resolution [1373 \(2001\)](#)
    'list:1373 (2001)',
    // Reaffirming the importance of full implementation of resolutions [2199 \(2015\)](#), ...
    'list:2199 (2015)',
    'list:2253 (2015)',
    'list:2368 (2017)',
    // 1. Reaffirms its decision in resolution 1373 (2001)
    'list:1373 (2001)',
    // 16. ... implementation of resolution [1373 \(2001\)](#)
    'list:1373 (2001)',
    // 18. the 1267/1989/2253 ISIL (also known as Da'esh) and Al-Qaida Sanctions Committee
    'committee:1267',
    'committee:1989',
    'committee:2253',
  ]);
  assert.deepEqual(
    c.ga.map((g) => `${g.symbol} of ${g.date?.iso}`),
    ['60/288 of 2006-09-08'],
  );
  assert.equal(c.heading.adoption?.meeting, 8017);
  assert.equal(c.heading.adoption?.date?.iso, '2017-08-02');
});

test('the seed raises no citation error or warning', () => {
  const found = diagnose(SEED()).filter((d) => d.code.startsWith('citation/') && (d.severity === 'error' || d.severity === 'warning'));
  assert.deepEqual(found.map((d) => `${d.code}: ${d.message}`), []);
});

test('a slip put into the seed is caught', () => {
  const found = diagnose(SEED().replace('1844 (2008)', '1844 (2009)')).filter((d) => d.code.startsWith('citation/'));
  assert.deepEqual(found.map((d) => d.code), ['citation/year-mismatch']);
});
