// Runs the grammar test files under test/grammar/fixtures and checks the grammar file itself.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/fixture';
import { checkGrammarTest, parseGrammarTest } from './grammar-test-file';
import { GRAMMAR_PATH, grammar } from './tokenizer';

const FIXTURES = join(ROOT, 'test', 'grammar', 'fixtures');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.unres')).sort();
const parsed = files.map((f) => ({ name: f, test: parseGrammarTest(readFileSync(join(FIXTURES, f), 'utf8')) }));

for (const { name, test: file } of parsed) {
  test(`grammar test file ${name}`, async () => {
    assert.equal(file.scopeName, 'text.unres');
    assert.ok(file.assertions.length >= 5, `${name} asserts too little`);
    assert.deepEqual(checkGrammarTest(await grammar(), file), []);
  });
}

/** Every scope name the grammar gives, from names, content names and captures. */
function grammarScopes(): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'name' || k === 'contentName') && typeof v === 'string' && v.includes('.')) v.split(/\s+/).forEach((s) => found.add(s));
      else walk(v);
    }
  };
  walk(JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')).repository);
  return found;
}

test('every scope of the grammar ends in .unres, so that themes colour it by its standard prefix', () => {
  const scopes = [...grammarScopes()];
  assert.ok(scopes.length > 20);
  assert.deepEqual(scopes.filter((s) => !s.endsWith('.unres')), []);
});

test('every scope of the grammar is asserted present somewhere in the grammar test files', () => {
  const asserted = new Set(parsed.flatMap((p) => p.test.assertions.flatMap((a) => a.scopes)));
  assert.deepEqual([...grammarScopes()].filter((s) => !asserted.has(s)).sort(), []);
});

test('the grammar test files assert absences too (a bare number is no citation, Chapter VII no acronym)', () => {
  const absent = new Set(parsed.flatMap((p) => p.test.assertions.flatMap((a) => a.absent)));
  for (const s of ['string.other.citation.unres', 'entity.name.type.acronym.unres', 'entity.name.function.preambular.unres', 'keyword.other.operative.unres', 'constant.numeric.paragraph.unres', 'string.other.symbol.unres', 'constant.numeric.date.unres']) {
    assert.ok(absent.has(s), `no test file asserts where ${s} must not be`);
  }
});

test('a grammar test file reports a missing scope, an unwanted one and a mark past the end', async () => {
  const at = (col: number, marks: string) => `//${' '.repeat(col - 2)}${marks}`;
  const file = parseGrammarTest(
    [
      '// SYNTAX TEST "text.unres"',
      'Recalling its resolution 1373 (2001),',
      '// <-------- keyword.other.operative.unres',
      '// <~-- entity.name.function.preambular.unres',
      at(25, '^^^^^^^^^^^ - string.other.citation.unres'),
      at(10, '^^^ string.other.citation.unres'),
      '// a comment line',
      at(40, '^ string.other.citation.unres'),
    ].join('\n'),
  );
  assert.deepEqual(
    file.assertions.map((a) => [a.sourceLine, a.start, a.end]),
    [[0, 0, 8], [0, 1, 3], [0, 25, 36], [0, 10, 13], [0, 40, 41]],
  );
  const failures = checkGrammarTest(await grammar(), file);
  assert.equal(failures.length, 4, failures.join('\n'));
  assert.match(failures[0], /lacks keyword\.other\.operative\.unres/);
  assert.match(failures[1], /has string\.other\.citation\.unres/);
  assert.match(failures[2], /lacks string\.other\.citation\.unres/);
  assert.match(failures[3], /past the end/);
});

test('syntaxes/unres.tmLanguage.json is what syntaxes/build-grammar.mjs builds', () => {
  execFileSync(process.execPath, [join(ROOT, 'syntaxes', 'build-grammar.mjs'), '--check'], { stdio: 'pipe' });
});

test('package.json contributes this grammar and these snippets for the unres language', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const g = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
  assert.deepEqual(pkg.contributes.grammars, [{ language: 'unres', scopeName: g.scopeName, path: './syntaxes/unres.tmLanguage.json' }]);
  assert.deepEqual(pkg.contributes.snippets, [{ language: 'unres', path: './snippets/unres.code-snippets' }]);
  assert.equal(pkg.contributes.languages[0].configuration, './language-configuration.json');
});
