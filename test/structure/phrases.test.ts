import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from '../../server/src/core';
import { corpusCount, CORPUS, describePhrase, matchPhrase, OPERATIVE, PREAMBULAR, phrasesAt } from '../../server/src/core/phrases';
import { repoFile, ROOT, SEED } from '../helpers/fixture';

test('the lists: about 60 preambular phrases and 50 operative ones, each with what it signals and its sources', () => {
  assert.ok(PREAMBULAR.length >= 60, `${PREAMBULAR.length} preambular phrases`);
  assert.ok(OPERATIVE.length >= 50, `${OPERATIVE.length} operative phrases`);
  for (const p of [...PREAMBULAR, ...OPERATIVE]) {
    assert.ok(p.signals.length > 15, p.text);
    assert.ok(p.sources.length > 0, p.text);
    if (p.part === 'operative') assert.ok(p.force, `${p.text} has no legal force`);
  }
  const texts = [...PREAMBULAR, ...OPERATIVE].map((p) => `${p.part}:${p.text}`);
  assert.equal(new Set(texts).size, texts.length, 'duplicate phrases');
});

test('every opener of the seed (2370) and the phrases of RULES.md are in the lists', () => {
  const doc = parse(SEED());
  for (const p of doc.preamble) assert.ok(matchPhrase(p.clean.text, p.opener!.start, 'preambular'), p.clean.text.slice(0, 30));
  for (const p of doc.operative) assert.ok(matchPhrase(p.clean.text, p.opener!.start, 'operative'), p.clean.text.slice(0, 30));
  const ops = OPERATIVE.map((p) => p.text);
  for (const v of ['Reaffirms', 'Calls upon', 'Reaffirms its intention', 'Encourages', 'Recognizes', 'Urges', 'Emphasizes', 'Recalls its decision', 'Stresses', 'Directs', 'Decides', 'Requests', 'Demands', 'Authorizes']) assert.ok(ops.includes(v), v);
  const pre = PREAMBULAR.map((p) => p.text);
  for (const v of ['Recalling', 'Reaffirming', 'Gravely concerned', 'Alarmed by', 'Bearing in mind', 'Having considered', 'Mindful', 'Determining', 'Taking into account', 'Welcoming']) assert.ok(pre.includes(v), v);
});

test('legal force: Decides binds (Article 25), Calls upon/Urges/Encourages exhort, Requests instructs, Directs directs, Demands is contested', () => {
  const force = (t: string) => OPERATIVE.find((p) => p.text === t)!.force;
  assert.equal(force('Decides'), 'decision');
  for (const t of ['Calls upon', 'Urges', 'Encourages']) assert.equal(force(t), 'exhortation');
  assert.equal(force('Requests'), 'instruction');
  assert.equal(force('Directs'), 'direction');
  assert.equal(force('Demands'), 'contested');
  const decides = describePhrase(OPERATIVE.find((p) => p.text === 'Decides')!);
  assert.match(decides, /Article 25/);
  assert.match(describePhrase(OPERATIVE.find((p) => p.text === 'Requests')!), /Secretary-General/);
  assert.match(describePhrase(OPERATIVE.find((p) => p.text === 'Demands')!), /contested/);
});

test('matching is longest-first, reads past "Also"/"Further", and accepts -ise spellings', () => {
  assert.equal(matchPhrase('Reaffirms its intention to act', 0, 'operative')?.phrase.text, 'Reaffirms its intention');
  assert.equal(matchPhrase('Noting with grave concern the use', 0, 'preambular')?.phrase.text, 'Noting with grave concern');
  assert.equal(matchPhrase('Also requests the Secretary-General', 0, 'operative')?.phrase.text, 'Requests the Secretary-General');
  assert.equal(matchPhrase('Recognising the value', 0, 'preambular')?.phrase.text, 'Recognizing');
  assert.equal(matchPhrase('Decidedly not', 0, 'operative'), undefined);
  assert.deepEqual(phrasesAt('Further recalling its resolution', 0, 'preambular').map((m) => m.phrase.text).sort(), ['Further recalling', 'Recalling']);
});

test('the corpus counts are figures counted at build time from the repository corpus, not guesses', () => {
  const dir = join(ROOT, 'test', 'corpus', 'sc_md');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  assert.equal(CORPUS.documents, files.length);
  // Recount two phrases independently, with a plain reading of the files.
  const opens = (re: RegExp) => files.filter((f) => re.test(repoFile('test', 'corpus', 'sc_md', f))).length;
  const directs = opens(/^\d{1,3}\.\s+\*?(?:Also |Further )?\*?[Dd]irects\b/m);
  assert.equal(corpusCount(OPERATIVE.find((p) => p.text === 'Directs')!), directs);
  const gravely = opens(/^(?:\*|<u>)?Gravely concerned\b/m);
  assert.equal(corpusCount(PREAMBULAR.find((p) => p.text === 'Gravely concerned')!), gravely);
  assert.ok(corpusCount(OPERATIVE.find((p) => p.text === 'Decides')!) > 200);
  assert.equal(corpusCount(OPERATIVE.find((p) => p.text === 'Has resolved')!), 0);
});
