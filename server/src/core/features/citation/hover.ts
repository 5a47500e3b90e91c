import { citationAt, type DocumentCitation, type GaCitation, type ScCitation } from '../../citations';
import { scStatus } from '../../citations/status';
import { formatDate, ordinalSuffix } from '../../data/dates';
import type { DataSet } from '../../data/dataset';
import type { ScResolution } from '../../data/sc-catalogue';
import type { FeatureContext, HoverResult } from '../types';
import { escapeMarkdown, link } from './markdown';
import { gaTarget, scSymbol, scTarget, scYear } from './targets';

export function hover(ctx: FeatureContext, offset: number): HoverResult | undefined {
  const c = citationAt(ctx.doc, offset);
  if (!c) return undefined;
  const markdown = c.kind === 'sc' ? scHover(c, ctx.data) : c.kind === 'ga' ? gaHover(c, ctx.data) : documentHover(c);
  return { span: c.span, markdown };
}

/** Descriptions already written, per catalogue record (records are built once per catalogue). */
const described = new WeakMap<ScResolution, string>();

/** The Markdown that describes a catalogue entry (also the documentation of completion items). */
export function describeSc(r: ScResolution): string {
  let text = described.get(r);
  if (text === undefined) described.set(r, (text = write(r)));
  return text;
}

function write(r: ScResolution): string {
  const lines = [`**${scSymbol(r.number, r.year)}**, Security Council resolution`];
  if (r.date) lines.push(`Adopted on ${formatDate(r.date)}${r.meeting !== undefined ? `, at the ${r.meeting}${ordinalSuffix(r.meeting)} meeting (S/PV.${r.meeting})` : ''}`);
  else if (r.year !== undefined) lines.push(`Adopted in ${r.year}; the catalogue has no details of it`);
  if (r.subject) lines.push(`Subject: ${escapeMarkdown(r.subject)}`);
  if (r.vote) lines.push(`Vote: ${escapeMarkdown(r.vote)}`);
  if (r.origin === 'user') lines.push('From the setting resolute.catalogue.extra');
  if (r.year !== undefined) lines.push(link(`undocs.org/S/RES/${r.number}(${r.year})`, scTarget(r.number, r.year)));
  return lines.join('\n\n');
}

function scHover(c: ScCitation, data: DataSet): string {
  const status = scStatus(c, data.sc);
  if (status.kind === 'known') return describeSc(status.record);
  const last = data.sc.lastEntry();
  const lines = [`**${scSymbol(c.number, c.year)}**, Security Council resolution`];
  if (status.kind === 'zero') lines.push('There is no resolution 0.');
  else lines.push(`Not in the catalogue, which ends with resolution ${last.number} (${last.year}) of ${formatDate(last.date!)}.`);
  const year = scYear(c, data);
  if (year !== undefined && c.number > 0) lines.push(link(`undocs.org/S/RES/${c.number}(${year})`, scTarget(c.number, year)));
  return lines.join('\n\n');
}

function gaHover(c: GaCitation, data: DataSet): string {
  const lines = [`**A/RES/${c.symbol}**, General Assembly resolution`];
  if (c.session !== undefined) lines.push(`${c.session}${ordinalSuffix(c.session)} session: ${data.ga.period(c.session)}`);
  else if (c.special) lines.push(`${c.special.session}${ordinalSuffix(c.special.session)} ${c.special.kind === 'emergency' ? 'emergency special' : 'special'} session`);
  const r = data.ga.resolution(c.symbol);
  if (r) {
    if (r.title) lines.push(`*${escapeMarkdown(r.title)}*`);
    lines.push(`Adopted on ${formatDate(r.date)}`);
  }
  const target = gaTarget(c.symbol);
  lines.push(link(target.replace('https://', ''), target));
  return lines.join('\n\n');
}

const DOCUMENT_KIND: Record<DocumentCitation['type'], string> = {
  'presidential-statement': 'Statement by the President of the Security Council',
  document: 'Security Council document',
  record: 'Verbatim record of a Security Council meeting',
};

function documentHover(c: DocumentCitation): string {
  const target = `https://undocs.org/${c.symbol}`;
  return [`**${escapeMarkdown(c.symbol)}**, ${DOCUMENT_KIND[c.type]}`, link(`undocs.org/${c.symbol}`, target)].join('\n\n');
}
