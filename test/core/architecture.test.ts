import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { ALL_CODES as RULES } from '../../server/src/core';
import { ROOT } from '../helpers/fixture';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('the core imports no protocol, editor or Node module', () => {
  const offenders: string[] = [];
  for (const f of files(join(ROOT, 'server/src/core'))) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s*['"]([^'"]+)['"]\s*(?:;|$)|^\s*import\s*['"]([^'"]+)['"]\s*(?:;|$)|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (!spec.startsWith('.')) offenders.push(`${relative(ROOT, f)}: ${spec}`);
    }
    if (/\b(process|Buffer|__dirname|require)\b\s*[.(]/.test(src.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) offenders.push(`${relative(ROOT, f)}: Node global`);
  }
  assert.deepEqual(offenders, []);
});

test('every rule has a unique family/kebab-case code and a documentation page', () => {
  const codes = RULES.map((r) => r.code);
  assert.equal(new Set(codes).size, codes.length, 'duplicate codes');
  for (const r of RULES) {
    assert.match(r.code, /^(citation|acronym|structure|style)\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
    assert.ok(r.description.length > 10, `${r.code} needs a description`);
    const page = readFileSync(join(ROOT, 'docs/rules', `${r.code}.md`), 'utf8');
    assert.ok(page.includes(r.code), `docs/rules/${r.code}.md should name its code`);
  }
});

test('every rule has its own test file', () => {
  for (const r of RULES) {
    assert.ok(statSync(join(ROOT, 'test/rules', `${r.code}.test.ts`), { throwIfNoEntry: false })?.isFile(), `test/rules/${r.code}.test.ts is missing`);
  }
});

test('the README lists every code with its default severity', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const r of RULES) assert.ok(readme.includes(`[\`${r.code}\`](docs/rules/${r.code}.md) | ${r.defaultSeverity} |`), `README: ${r.code}`);
});

// shapes.ts: a class whose objects live for one call keeps a specimen, or the memory release of a
// quiet long draft throws away the optimised code that checks for it. A new class is one or the other.
const HELD_BY_THE_MODEL_OR_THE_DATA = ['LineIndex', 'CleanText', 'TextCache', 'DateView', 'ScView', 'GaView', 'DocumentView', 'ListView', 'UseView', 'NeverView', 'DefinitionView', 'StaticAcronyms', 'AcronymData', 'ScCatalogue', 'GaData'];

test('every class of the core is held by the model or the data, or keeps a specimen', () => {
  const declared: string[] = [];
  const specimens = new Set<string>();
  for (const f of files(join(ROOT, 'server/src/core'))) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/^\s*(?:export\s+)?(?:abstract\s+)?class\s+(\w+)/gm)) declared.push(m[1]);
    for (const m of src.matchAll(/\bkeepShape\(\s*new\s+(\w+)\(/g)) specimens.add(m[1]);
  }
  const unplaced = declared.filter((c) => !specimens.has(c) && !HELD_BY_THE_MODEL_OR_THE_DATA.includes(c));
  assert.deepEqual(unplaced, [], 'a class that lives for one call needs keepShape (server/src/core/shapes.ts); a long-lived one goes in the list above');
});
