import type { Paragraph } from '../../syntax/model';
import type { DocSymbol, FeatureContext, Folding } from '../types';
import { extent, openerText } from './paragraphs';

const TITLE = /^(?:Resolution\s+\d+\s*\(\d{4}\)|\d+\/\d+\.\s|S\/\d{4}\/\d+|[^:]{3,200}:\s*(?:revised\s+)?draft resolution)/i;

/**
 * The outline: the heading; "Preamble" with a node per paragraph named by its opener;
 * "Operative part" with "6. Urges" and its sub-paragraphs "(a) Ensure"; a node per annex.
 */
export function symbols({ doc }: FeatureContext): DocSymbol[] {
  const out: DocSymbol[] = [];
  if (doc.heading.length) {
    const title = doc.heading.find((p) => TITLE.test(p.clean.text.trim())) ?? doc.heading.find((p) => /[A-Za-z]{3}/.test(p.clean.text)) ?? doc.heading[0];
    const span = { start: doc.heading[0].span.start, end: doc.heading[doc.heading.length - 1].span.end };
    out.push({ name: title.clean.text.trim().replace(/\s+/g, ' '), kind: 'heading', span, selection: title.span, children: [] });
  }
  const firstOperative = doc.operative[0]?.span.start ?? Infinity;
  const headings = doc.subheadings.filter((s) => s.kind === 'subheading');
  if (doc.preamble.length) {
    const nodes = [...doc.preamble.map(paragraphNode), ...headings.filter((s) => s.span.start < firstOperative).map(headingNode)];
    out.push(part('Preamble', nodes));
  }
  if (doc.operative.length) {
    const nodes = [...doc.operative.map(paragraphNode), ...headings.filter((s) => s.span.start > firstOperative).map(headingNode)];
    out.push(part('Operative part', nodes));
  }
  for (const a of doc.annexes) {
    out.push({ name: a.title.clean.text.trim().replace(/\s+/g, ' '), kind: 'annex', span: a.span, selection: a.title.span, children: [] });
  }
  return out;
}

function part(name: string, nodes: DocSymbol[]): DocSymbol {
  nodes.sort((a, b) => a.span.start - b.span.start);
  const span = { start: nodes[0].span.start, end: Math.max(...nodes.map((n) => n.span.end)) };
  return { name, kind: 'part', span, selection: { start: span.start, end: span.start }, children: nodes };
}

function label(p: Paragraph): string {
  const l = p.label;
  if (!l) return '';
  return l.style === 'number' ? `${l.raw}. ` : `(${l.raw}) `;
}

function paragraphNode(p: Paragraph): DocSymbol {
  const selection = p.opener ? p.clean.toSource(p.opener) : p.span;
  return {
    name: `${label(p)}${openerText(p)}`,
    kind: p.kind === 'subparagraph' ? 'subparagraph' : 'paragraph',
    span: extent(p),
    selection: { start: Math.min(selection.start, p.label?.span.start ?? selection.start), end: selection.end },
    children: p.children.filter((c) => c.label).map(paragraphNode),
  };
}

function headingNode(p: Paragraph): DocSymbol {
  return { name: p.clean.text.trim().replace(/\s+/g, ' ').slice(0, 80), kind: 'subheading', span: p.span, selection: p.span, children: [] };
}

/** Folding ranges: the preamble, each operative paragraph with its sub-paragraphs, each annex. */
export function folding({ doc }: FeatureContext): Folding[] {
  const out: Folding[] = [];
  if (doc.preamble.length) out.push({ span: { start: doc.preamble[0].span.start, end: doc.preamble[doc.preamble.length - 1].span.end } });
  for (const p of doc.operative) out.push({ span: extent(p) });
  for (const a of doc.annexes) out.push({ span: a.span });
  return out;
}
