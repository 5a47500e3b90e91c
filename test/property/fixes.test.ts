// Every fix the service offers (the rules' own and the suppression comment) applies
// cleanly, removes its own finding and creates no error that was not there; the safe
// fixes that fix-all and `check --fix` apply together do the same.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse, type Diagnostic, type Fix, type ResolutionService, type SourceFormat } from '../../server/src/core';
import { safeFixes } from '../../server/src/core';
import { applyEdits, corpus, edit, format, randomText } from './arbitraries';
import { analysisIssues, applyTextEdits, editIssues, fixIssues, newErrors, recordingService } from './invariants';

const { service, failures } = recordingService();
const texts = corpus();

/** Every (finding, fix) pair the editor can show, through the same call as the code actions. */
function offered(s: ResolutionService, text: string, fmt: SourceFormat): { d: Diagnostic; fix: Fix }[] {
  const doc = parse(text, fmt);
  return s.diagnostics(doc).flatMap((d) => s.fixes(doc, d.span).filter((x) => x.diagnostic === d).map((x) => ({ d, fix: x.fix })));
}

/** Checks the fixes at the picked indexes (a bounded sample: each one re-analyses the text). */
function checkPicked(text: string, fmt: SourceFormat, picks: readonly number[], opts?: Parameters<typeof fixIssues>[6]): string[] {
  const pairs = offered(service, text, fmt);
  if (!pairs.length) return [];
  const chosen = new Set(picks.map((p) => p % pairs.length));
  return [...chosen].flatMap((i) => fixIssues(service, failures, text, fmt, pairs[i].d, pairs[i].fix, opts));
}

const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });

// On random drafts a fix may change how the parser reads what follows (a full stop made a
// comma lets a lower-case block continue the paragraph), and errors move with it: new errors
// count there only when the paragraphs stay the same. Real texts below count them always.
test('random drafts: each offered fix applies cleanly, removes its finding and adds no error', () => {
  fc.assert(
    fc.property(randomText, format, picks, (text, fmt, p) => {
      assert.deepEqual(checkPicked(text, fmt, p, { newErrors: 'unless-restructured' }), []);
    }),
    { numRuns: 150 },
  );
});

test('edited corpus texts: each offered fix applies cleanly, removes its finding and adds no error', () => {
  fc.assert(
    fc.property(fc.nat(texts.length - 1), fc.array(edit, { maxLength: 5 }), picks, (i, edits, p) => {
      assert.deepEqual(checkPicked(applyEdits(texts[i].text, edits), texts[i].format, p), []);
    }),
    { numRuns: 60 },
  );
});

test('the safe fixes together (fix-all, check --fix): valid edits, a clean analysis, no new error', () => {
  fc.assert(
    fc.property(fc.nat(texts.length - 1), fc.array(edit, { maxLength: 5 }), (i, edits) => {
      const { format: fmt } = texts[i];
      const text = applyEdits(texts[i].text, edits);
      const before = service.diagnostics(parse(text, fmt));
      const chosen = safeFixes(before).edits;
      assert.deepEqual(editIssues(text, chosen, 'safe fixes'), []);
      const after = analysisIssues(service, failures, applyTextEdits(text, chosen), fmt);
      assert.deepEqual(after.issues, []);
      assert.deepEqual(newErrors(before, after.diagnostics, chosen).map((d) => `${d.code}: ${d.message}`), []);
    }),
    { numRuns: 60 },
  );
});

test('the fix check catches a fix that leaves its finding, overlaps or adds an error', () => {
  // If fixIssues accepted anything, the properties above could not fail.
  const text = 'The Security Council,\n\n1. *Decides* to remain seized of the matter.\n';
  const rule = (code: string, fixes: Fix[], severity: 'error' | 'warning' = 'warning') => ({
    code, defaultSeverity: severity, description: 'test rule',
    check: ({ doc }: { doc: { text: string } }) => (doc.text.includes('Decides') ? [{ code, span: { start: 26, end: 33 }, message: 'm', fixes }] : []),
  });
  const idle = { title: 'does nothing', edits: [{ span: { start: 0, end: 0 }, newText: '' }] };
  const overlapping = { title: 'overlaps', edits: [{ span: { start: 26, end: 30 }, newText: 'a' }, { span: { start: 28, end: 33 }, newText: 'b' }] };
  const makesError = { title: 'adds an error', edits: [{ span: { start: 26, end: 33 }, newText: 'Decided' }] };
  const errorRule = { code: 'style/test-error', defaultSeverity: 'error' as const, description: 'test rule', check: ({ doc }: { doc: { text: string } }) => (doc.text.includes('Decided') ? [{ code: 'style/test-error', span: { start: 0, end: 1 }, message: 'e' }] : []) };
  const s = recordingService({ rules: [rule('style/test-fix', [idle, overlapping, makesError]), errorRule] });
  const d = s.service.diagnostics(parse(text, 'markdown')).find((x) => x.code === 'style/test-fix')!;
  for (const fix of [idle, overlapping, makesError]) assert.notDeepEqual(fixIssues(s.service, s.failures, text, 'markdown', d, fix), [], fix.title);
});
