import { nextGeneration } from '../memo';
import { cleanEditedBlock, commonPrefix, commonSuffix } from '../text/clean-text';
import { LineIndex } from '../text/line-index';
import type { Span } from '../text/span';
import { blockSpan, lineShape } from './blocks';
import type { Annex, Paragraph, ResolutionDoc } from './model';
import { makeParagraph, placedLabel, placement, relabel, replaceIn, resolutionDoc } from './parse';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The model of `text` made from `previous`, the model of the version it was edited from, when the
 * edit lies inside one line of a paragraph of a single block and leaves how the blocks split
 * (`lineShape`) and how they are placed (`placement`) as they were: that paragraph is made again
 * and the others move, so that a keystroke in a long draft neither reads nor rebuilds the rest of
 * the model. Undefined otherwise: the caller parses. Equal to `parse(text)` (compared after random
 * edits by `test/core/incremental.test.ts`).
 *
 * When it answers, it takes `previous` over: the paragraphs, lists and line index of `previous`
 * become the new model's, moved, and `previous` must not be read again.
 */
export function reparse(previous: ResolutionDoc, text: string): ResolutionDoc | undefined {
  const old = previous.text;
  if (text === old) return undefined;
  const prefix = commonPrefix(text, old);
  const suffix = commonSuffix(text, old, Math.min(text.length, old.length) - prefix);
  const delta = text.length - old.length;
  const lines = previous.lines;
  const { line } = lines.positionAt(prefix);
  const ls = lines.lineStart(line);
  const le = lines.lineEnd(line);
  // Inside the line, its break excluded (so neither a \r nor a \n is removed), and no break typed.
  if (prefix < ls || old.length - suffix > le || hasLineBreak(text, prefix, text.length - suffix)) return undefined;
  const edited = paragraphOnLine(previous.all, ls, le);
  if (!edited || edited.segments.length !== 1) return undefined;
  if (lineShape(old, ls, le) !== lineShape(text, ls, le + delta)) return undefined;

  // The block's first and last lines, as they are now.
  const first = lines.positionAt(edited.span.start).line;
  const last = lines.positionAt(edited.span.end).line;
  const at = (l: number) => (l === line ? [ls, le + delta] : l < line ? [lines.lineStart(l), lines.lineEnd(l)] : [lines.lineStart(l) + delta, lines.lineEnd(l) + delta]);
  const [fs, fe] = at(first);
  const [lls, lle] = at(last);
  // Comment lines are split by a state carried from line to line, which lineShape does not see.
  if (hasComment(old, lines.lineStart(first), lines.lineEnd(last)) || hasComment(text, fs, lle)) return undefined;
  const span = blockSpan(text, fs, fe, lls, lle);
  const clean = cleanEditedBlock(old, text, edited.span.start, span, delta);
  if (placement(clean) !== placement(edited.clean)) return undefined;

  const label = edited.label && placedLabel(edited.label, relabel(edited));
  const made = makeParagraph(edited.kind, [span], clean, label, edited.level, edited.index, edited.children);
  if (delta !== 0) {
    for (const p of previous.all) if (p.span.start > edited.span.start) move(p, delta);
    for (const c of previous.comments) if (c.start > edited.span.start) shiftInPlace(c, delta);
  }
  for (const a of previous.annexes as Mutable<Annex>[]) {
    if (a.title === edited) a.title = made;
    replaceIn(a.body, edited, made);
    a.span = { start: a.title.span.start, end: (a.body[a.body.length - 1] ?? a.title).span.end };
  }
  for (const list of [previous.all, previous.heading, previous.preamble, previous.operative, previous.subheadings, previous.sections, previous.footnotes, previous.footer]) replaceIn(list, edited, made);
  for (const p of previous.all) replaceIn(p.children, edited, made);
  nextGeneration();
  return resolutionDoc({
    ...previous,
    text,
    lines: LineIndex.afterEdit(lines, text, line, delta),
    opening: previous.opening === edited ? made : previous.opening,
  });
}

function hasComment(text: string, from: number, to: number): boolean {
  const block = text.slice(from, to);
  return block.includes('<!--') || block.includes('-->');
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** The one paragraph with text on the line [ls, le); undefined if none or more (a paragraph joined across a page break spans the blocks between its parts). */
function paragraphOnLine(all: readonly Paragraph[], ls: number, le: number): Paragraph | undefined {
  let found: Paragraph | undefined;
  for (const p of all) {
    if (p.span.start > le || p.span.end < ls) continue;
    if (found) return undefined;
    found = p;
  }
  return found;
}

/** Moves a paragraph of the version before by delta characters, in place (its spans are its own). */
function move(p: Paragraph, delta: number): void {
  const m = p as Mutable<Paragraph>;
  shiftInPlace(p.span, delta);
  for (const s of p.segments) if (s !== p.span) shiftInPlace(s, delta);
  if (p.label) shiftInPlace(p.label.span, delta);
  m.clean = p.clean.shifted(delta);
}

/** Unlike `shiftSpan` (text/span.ts), in place: a span may be shared (a paragraph's span is its one segment). */
function shiftInPlace(s: Span, delta: number): void {
  const m = s as Mutable<Span>;
  m.start += delta;
  m.end += delta;
}
