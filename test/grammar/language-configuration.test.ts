// language-configuration.json: the pairs the editor closes and wraps, and what it takes for a word
// (double-click, word-based suggestions, the word under the cursor).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/fixture';

interface Pair {
  open: string;
  close: string;
  notIn?: string[];
}

const config = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8')) as {
  brackets: [string, string][];
  autoClosingPairs: Pair[];
  surroundingPairs: [string, string][];
  wordPattern: string;
  comments: { blockComment: [string, string] };
};

const words = (text: string) => text.match(new RegExp(config.wordPattern, 'g')) ?? [];

test('brackets, and the pairs the editor closes: parentheses, square brackets, curly and straight quotes', () => {
  assert.deepEqual(config.brackets, [['(', ')'], ['[', ']']]);
  const closes = config.autoClosingPairs.map((p) => p.open + p.close);
  for (const pair of ['()', '[]', '“”', '‘’', '""', "''"]) assert.ok(closes.includes(pair), `${pair} is not closed`);
  assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
});

test('a selection is wrapped in italics with * or _, but * is not auto-closed, which would double it when closing an opener', () => {
  const wraps = config.surroundingPairs.map(([a, b]) => a + b);
  for (const pair of ['**', '__', '“”', '()', '[]']) assert.ok(wraps.includes(pair), `${pair} does not wrap a selection`);
  assert.ok(!config.autoClosingPairs.some((p) => p.open === '*'));
});

test('the word pattern keeps hyphenated names, acronyms with digits or a plural s, apostrophes and document symbols whole', () => {
  assert.deepEqual(
    words('Recalling S/RES/2370 (2017), S/PRST/2017/4 and A/RES/60/288, resolution 60/288, the 1267/1989/2253 Committee,'),
    ['Recalling', 'S/RES/2370', '2017', 'S/PRST/2017/4', 'and', 'A/RES/60/288', 'resolution', '60/288', 'the', '1267/1989/2253', 'Committee'],
  );
  assert.deepEqual(
    words('UN-Women, Counter-Terrorism, Counter\u2011Terrorism, UASs, G5, FC-G5S, COVID-19, HIV/AIDS, IED’s, Da’esh, Côte d’Ivoire, 8017th'),
    ['UN-Women', 'Counter-Terrorism', 'Counter\u2011Terrorism', 'UASs', 'G5', 'FC-G5S', 'COVID-19', 'HIV/AIDS', 'IED’s', 'Da’esh', 'Côte', 'd’Ivoire', '8017th'],
  );
});

test('the word pattern stops at Markdown, punctuation and a hyphen that ends a line', () => {
  assert.deepEqual(words('*Recalling* [1373 \\(2001\\)](#); and/or counter- terrorism “quoted”'), ['Recalling', '1373', '2001', 'and', 'or', 'counter', 'terrorism', 'quoted']);
  assert.ok(!new RegExp(config.wordPattern).test(''), 'the word pattern must not match an empty string');
});
