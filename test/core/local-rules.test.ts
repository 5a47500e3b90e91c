import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse, type Finding, type Paragraph } from '../../server/src/core';
import { localRule } from '../../server/src/core/rules/local';
import { SEED } from '../helpers/fixture';

// A rule that reads each paragraph alone is asked again only for the paragraphs an edit changed;
// what it found in the others is moved to where they now stand.

const CODE = 'style/test-local';

/** A local rule that reports every "Council" and records the paragraphs it reads. */
function counting(aside?: (p: Paragraph) => boolean) {
  const read: string[] = [];
  const find = (p: Paragraph): Finding[] => {
    read.push(p.clean.text.slice(0, 30));
    return [...p.clean.text.matchAll(/Council/g)].map((m) => ({ code: CODE, span: p.clean.toSource({ start: m.index, end: m.index + 7 }), message: 'Council' }));
  };
  const rule = localRule({
    code: CODE,
    defaultSeverity: 'hint',
    description: 'test',
    inParagraph: find,
    ...(aside && {
      aside: (doc) => new Map(doc.all.filter(aside).map((p) => [p, true])),
      rest: (ctx) => ctx.doc.all.filter(aside).flatMap(find),
    }),
  });
  return { read, service: createResolutionService({ rules: [rule] }) };
}

const seed = SEED();
/** The seed with a word typed into its fifth preambular paragraph, so that every later paragraph moves. */
function edited(): string {
  const p = parse(seed).preamble[4];
  const at = p.span.start + 10;
  return `${seed.slice(0, at)}much ${seed.slice(at)}`;
}
const spans = (ds: readonly Finding[]) => ds.map((d) => `${d.span.start}-${d.span.end}`);

test('after an edit only the edited paragraph is read again, and the findings elsewhere move with the text', () => {
  const { read, service } = counting();
  const before = parse(seed);
  service.diagnostics(before);
  assert.equal(read.length, before.all.length);
  read.length = 0;
  const after = parse(edited());
  const found = service.diagnostics(after, service.checked(before));
  assert.deepEqual(read, [after.preamble[4].clean.text.slice(0, 30)]);
  assert.deepEqual(spans(found), spans(counting().service.diagnostics(parse(edited()))));
  assert.ok(found.some((d) => d.span.start > after.preamble[4].span.end), 'the seed names the Council after the edit');
});

test('without the version edited from, or with a changed masthead, every paragraph is read', () => {
  const { read, service } = counting();
  const before = parse(seed);
  service.diagnostics(before);
  read.length = 0;
  service.diagnostics(parse(edited()));
  assert.equal(read.length, before.all.length);
  read.length = 0;
  const draft = parse(seed.replace('Resolution 2370 (2017)', 'Resolution 2370 (2017): draft resolution'));
  assert.notEqual(draft.isDraft, before.isDraft);
  service.diagnostics(draft, service.checked(before));
  assert.equal(read.length, draft.all.length);
});

test('paragraphs set aside are left to the rest of the rule on every check', () => {
  const isHeading = (p: Paragraph) => p.kind === 'heading';
  const { read, service } = counting(isHeading);
  const before = parse(seed);
  const first = service.diagnostics(before);
  read.length = 0;
  const after = parse(edited());
  const found = service.diagnostics(after, service.checked(before));
  const headings = after.all.filter(isHeading).length;
  assert.ok(headings > 0);
  assert.equal(read.length, headings + 1);
  assert.equal(found.length, first.length);
  assert.deepEqual(spans(found), spans(counting(isHeading).service.diagnostics(parse(edited()))));
});

test('what another service found is not taken (its settings and data may differ)', () => {
  const first = counting();
  const before = parse(seed);
  first.service.diagnostics(before);
  const other = counting();
  const after = parse(edited());
  other.service.diagnostics(after, first.service.checked(before));
  assert.equal(other.read.length, after.all.length);
});

test('a check that reads every paragraph reads only those a rule names as worth reading', () => {
  const read: number[] = [];
  const doc = parse(seed);
  const worth = doc.all.flatMap((p, i) => (p.clean.text.includes('Council') ? [i] : []));
  const rule = localRule({
    code: CODE,
    defaultSeverity: 'hint',
    description: 'test',
    inParagraph: (p) => (read.push(doc.all.indexOf(p)), []),
    only: () => worth,
  });
  createResolutionService({ rules: [rule] }).diagnostics(doc);
  assert.ok(worth.length > 0 && worth.length < doc.all.length);
  assert.deepEqual(read, worth);
});
