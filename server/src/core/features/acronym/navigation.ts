import { acronymsOf, keyOf, occurrenceAt } from '../../acronyms';
import type { Span } from '../../text/span';
import type { FeatureContext, RenameResult } from '../types';

function entryAt(ctx: FeatureContext, offset: number) {
  const table = acronymsOf(ctx.doc);
  const o = occurrenceAt(table, offset);
  return o && { o, entry: table.entries.get(keyOf(o))! };
}

/** The first definition, else the first use that introduces the acronym with its alias. */
export function definition(ctx: FeatureContext, offset: number): Span[] {
  const at = entryAt(ctx, offset);
  if (!at) return [];
  const def = at.entry.definitions[0]?.span ?? at.entry.uses.find((u) => u.aliased)?.span;
  return def ? [def] : [];
}

export function references(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Span[] {
  const at = entryAt(ctx, offset);
  if (!at) return [];
  const spans = [...(includeDeclaration ? at.entry.definitions.map((d) => d.span) : []), ...at.entry.uses.map((u) => u.span)];
  return spans.sort((a, b) => a.start - b.start);
}

/** The acronym's letters under the cursor, without a plural s, which a rename keeps. */
export function prepareRename(ctx: FeatureContext, offset: number): Span | undefined {
  const at = entryAt(ctx, offset);
  if (!at) return undefined;
  return at.o.kind === 'definition' ? at.o.def.keySpan : at.o.use.keySpan;
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N}&/-]*$/u;

/** Renames the definitions and every use; "UASs" keeps its s. */
export function rename(ctx: FeatureContext, offset: number, newName: string): RenameResult | undefined {
  const at = entryAt(ctx, offset);
  if (!at || !NAME.test(newName)) return undefined;
  const spans = [...at.entry.definitions.map((d) => d.keySpan), ...at.entry.uses.map((u) => u.keySpan)];
  return { edits: spans.sort((a, b) => a.start - b.start).map((span) => ({ span, newText: newName })) };
}
