import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/core';

/**
 * A draft of about `bytes`, built from real paragraphs: the preambles of corpus resolutions,
 * then their operative paragraphs renumbered 1, 2, 3 ..., with sub-paragraphs, under one
 * heading; the shape of a long negotiated text rather than a pile of whole resolutions.
 */
export function buildLargeDraft(dir: string, bytes: number): string {
  const pre: string[] = [];
  const ops: string[] = [];
  let size = 0;
  for (const f of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const doc = parse(text);
    for (const p of doc.preamble) {
      pre.push(text.slice(p.span.start, p.span.end).replace(/[.;:]$/, ','));
      size += p.span.end - p.span.start;
    }
    for (const p of doc.operative) {
      const body = text.slice(p.span.start, p.span.end).replace(/^\s*\d+(\s*(bis|ter))?\s*\.\s*/, '');
      const subs = p.children.map((c) => text.slice(c.span.start, c.span.end));
      ops.push([body.replace(/\.$/, ';'), ...subs].join('\n\n'));
      size += p.span.end - p.span.start + subs.join('').length;
    }
    if (size >= bytes) break;
  }
  const operative = ops.map((o, i) => `${i + 1}. ${o}`);
  operative.push(`${ops.length + 1}. *Decides* to remain seized of the matter.`);
  return ['Security Council', 'Resolution 2999 (2026)', '*The Security Council*,', ...pre, ...operative].join('\n\n') + '\n';
}
