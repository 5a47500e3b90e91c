// The grammar against the parser over the Markdown corpus: where the parser finds a paragraph
// number, a sub-paragraph marker or an opener, the grammar should colour it, and it should
// colour no line as opening a preambular paragraph where the parser sees none.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, type Paragraph } from '../../server/src/core';
import { ROOT } from '../helpers/fixture';
import { grammar, scopesAt, tokenizeLines } from './tokenizer';

const PREAMBULAR = 'entity.name.function.preambular.unres';
const OPERATIVE = 'keyword.other.operative.unres';
const NUMBER = 'constant.numeric.paragraph.unres';
const SUB = 'constant.numeric.subparagraph.unres';

interface Survey {
  files: number;
  checked: Map<string, number>;
  missed: Map<string, string[]>;
  /** Lines coloured as opening a preambular paragraph that the parser does not start there. */
  stray: string[];
}

interface Options {
  format: 'markdown' | 'plain';
  /** One file of the folder. */
  only?: string;
  /**
   * UN Markdown copies italicise the openers, which tells what the opener is: there only italic
   * openers are checked, so that "5. In this context, *demands* ..." does not count "In".
   */
  italicOpenersOnly?: boolean;
}

async function survey(folder: string, { format, only, italicOpenersOnly }: Options): Promise<Survey> {
  const g = await grammar();
  const dir = join(ROOT, folder);
  const s: Survey = { files: 0, checked: new Map(), missed: new Map(), stray: [] };
  for (const file of readdirSync(dir).filter((f) => (only ? f === only : /\.(md|txt)$/.test(f))).sort()) {
    s.files++;
    const text = readFileSync(join(dir, file), 'utf8');
    const doc = parse(text, format);
    const lines = Array.from({ length: doc.lines.lineCount }, (_, i) => text.slice(doc.lines.lineStart(i), doc.lines.lineEnd(i)));
    const tokens = tokenizeLines(g, lines);
    const expect = (what: string, offset: number, ...scopes: string[]) => {
      const at = doc.lines.positionAt(offset);
      s.checked.set(what, (s.checked.get(what) ?? 0) + 1);
      if (!scopes.some((scope) => scopesAt(tokens[at.line], at.character).includes(scope))) {
        s.missed.set(what, [...(s.missed.get(what) ?? []), `${file}:${at.line + 1}: ${lines[at.line].slice(0, 70)}`]);
      }
    };
    const opener = (p: Paragraph) => p.clean.toSource(p.opener!).start;

    const italic = (p: Paragraph) => p.opener && (!italicOpenersOnly || p.clean.isItalic(p.opener.start, p.opener.end));
    // A verb in the third person reads as operative wherever it stands ("*Approves*" in the
    // unnumbered sections of a budget resolution); the structure rules report it in a preamble.
    for (const p of doc.preamble) if (italic(p)) expect('preambular opener', opener(p), PREAMBULAR, OPERATIVE);
    const walk = (p: Paragraph) => {
      // A numbered list under a paragraph ("1. Resolution of the final status ...") reads as numbers.
      if (p.label) expect('sub-paragraph marker', p.label.span.start, p.label.style === 'number' ? NUMBER : SUB);
      p.children.forEach(walk);
    };
    for (const p of doc.operative) {
      if (p.label) expect('paragraph number', p.label.span.start, NUMBER);
      if (italic(p)) expect('operative verb', opener(p), OPERATIVE);
      p.children.forEach(walk);
    }

    // Annexes may quote a whole decision, preamble included, so only the body outside them counts.
    const preambleLines = new Set(doc.preamble.map((p) => doc.lines.positionAt(p.span.start).line));
    const inAnnex = (line: number) => doc.annexes.some((a) => doc.lines.positionAt(a.span.start).line <= line && line <= doc.lines.positionAt(a.span.end).line);
    tokens.forEach((line, i) => {
      if (line.some((t) => t.scopes.includes(PREAMBULAR)) && !preambleLines.has(i) && !inAnnex(i)) s.stray.push(`${file}:${i + 1}: ${lines[i].slice(0, 70)}`);
    });
  }
  const report = [...s.checked].map(([what, n]) => `${what}: ${n - (s.missed.get(what)?.length ?? 0)}/${n} coloured`);
  console.log(`${folder}: ${s.files} texts\n  ${report.join('\n  ')}\n  lines coloured as preambular outside the preamble and annexes: ${s.stray.length}`);
  for (const [what, list] of s.missed) console.log(`  missed ${what}:\n    ${list.join('\n    ')}`);
  if (s.stray.length) console.log(`  coloured as preambular:\n    ${s.stray.join('\n    ')}`);
  return s;
}

function assertCoverage(s: Survey, minimum: number, tolerance: number) {
  assert.ok(s.files > 0, 'the corpus copy is missing');
  for (const [what, n] of s.checked) {
    const missed = s.missed.get(what)?.length ?? 0;
    assert.ok(n >= minimum, `${what}: only ${n} checked`);
    assert.ok(missed <= n * tolerance, `${what}: ${missed} of ${n} not coloured`);
  }
  const preamble = s.checked.get('preambular opener') ?? 0;
  assert.ok(s.stray.length <= preamble * tolerance, `${s.stray.length} lines coloured as preambular openers outside the preamble`);
}

test('the seed, whose preamble is not italicised: every number, marker and opener is coloured', async () => {
  const s = await survey('examples', { format: 'markdown', only: 'S-RES-2370-2017.resolution.md' });
  assert.deepEqual(Object.fromEntries(s.checked), { 'preambular opener': 21, 'paragraph number': 20, 'operative verb': 20, 'sub-paragraph marker': 4 });
  assertCoverage(s, 4, 0);
});

test('Security Council texts 2000–2026 (sc_md): numbers, markers and italic openers are coloured', async () => {
  assertCoverage(await survey('test/corpus/sc_md', { format: 'markdown', italicOpenersOnly: true }), 1000, 0.002);
});

test('General Assembly texts (ga_md): numbers, markers and italic openers are coloured', async () => {
  // 150: the Pact for the Future (A/RES/79/1) is an adopted text, read as an annex, whose items are not counted.
  assertCoverage(await survey('test/corpus/ga_md', { format: 'markdown', italicOpenersOnly: true }), 150, 0.002);
});

/**
 * Hard-wrapped plain texts of 1946–1994 with their own conventions ("1. The Security Council
 * requests ..."): the first word of a paragraph is not always its opener, and a page break may
 * leave a form feed before a paragraph.
 */
test('Security Council texts 1946–1994 in plain text (sc): numbers, markers and openers are coloured', async () => {
  assertCoverage(await survey('test/corpus/sc', { format: 'plain' }), 100, 0.01);
});
