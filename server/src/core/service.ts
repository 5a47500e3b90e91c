import { createDataSet, type DataSet } from './data/dataset';
import { FEATURES } from './features/registry';
import type { CompletionItem, DocSymbol, DocumentLink, FeatureContext, FeatureProvider, Folding, HoverResult } from './features/types';
import { screenFindings } from './finding-guard';
import { failureText, silentLogger, type Logger } from './logger';
import { REDUCED_MODE, UNUSED_SUPPRESSION } from './rules/meta';
import { RULES } from './rules/registry';
import { applySuppressions, suppressionFix } from './suppression';
import { localFindings, type Found } from './rules/local';
import type { Finding, Fix, LocalPart, Rule, RuleContext, Severity, TextEdit } from './rules/types';
import { defaultSettings, type AnalysisSettings } from './settings';
import { alignment, outlineOf, type Outline } from './syntax/alignment';
import type { ResolutionDoc } from './syntax/model';
import { resolutionDoc } from './syntax/parse';
import { overlaps, type Span } from './text/span';

/** A finding with its effective severity, ready for an editor or the checker. */
export interface Diagnostic extends Finding {
  readonly severity: Severity;
}


/** Rules that stay on for documents over the size limit: linear, paragraph-local checks. */
const REDUCED_MODE_RULES = /^(citation|structure\/numbering)/;

export interface ResolutionService {
  readonly settings: AnalysisSettings;
  readonly data: DataSet;
  /**
   * The findings in a document. Given what the check of the version it was edited from left
   * (`checked`, from this service), the rules that read each paragraph alone read only the
   * paragraphs that changed.
   */
  diagnostics(doc: ResolutionDoc, previous?: Checked): Diagnostic[];
  /**
   * The same, pausing every `sliceMs` between rules to ask `carryOn` whether the document is
   * still current; undefined when it gave up (a newer edit arrived).
   */
  diagnosticsUnlessSuperseded(doc: ResolutionDoc, carryOn: () => Promise<boolean>, options?: { previous?: Checked; sliceMs?: number }): Promise<Diagnostic[] | undefined>;
  /** What the check of `doc` leaves for the check of a version edited from it (none before its check). */
  checked(doc: ResolutionDoc): Checked | undefined;
  /** Fixes for findings that overlap span (code actions). */
  fixes(doc: ResolutionDoc, span: Span): { diagnostic: Diagnostic; fix: Fix }[];
  hover(doc: ResolutionDoc, offset: number): HoverResult | undefined;
  complete(doc: ResolutionDoc, offset: number): CompletionItem[];
  links(doc: ResolutionDoc): DocumentLink[];
  symbols(doc: ResolutionDoc): DocSymbol[];
  folding(doc: ResolutionDoc): Folding[];
  definition(doc: ResolutionDoc, offset: number): Span[];
  references(doc: ResolutionDoc, offset: number, includeDeclaration: boolean): Span[];
  prepareRename(doc: ResolutionDoc, offset: number): Span | undefined;
  rename(doc: ResolutionDoc, offset: number, newName: string): readonly TextEdit[] | undefined;
  renumber(doc: ResolutionDoc): readonly TextEdit[] | undefined;
  statistics(doc: ResolutionDoc): Record<string, number>;
  /** Every Security Council resolution, newest first, for pickers. */
  catalogue(): { number: number; year?: number; date?: string; subject?: string }[];
}

/**
 * What a check keeps for the check of the next version: what each local rule found per paragraph
 * and the outline of the paragraphs. It holds no part of the document, so that a host can keep it
 * while the version it comes from goes.
 */
export interface Checked {
  readonly by: object;
  readonly found: ReadonlyMap<string, Found>;
  readonly outline: Outline;
}

export interface ServiceOptions {
  settings?: Partial<AnalysisSettings>;
  logger?: Logger;
  /** Rules to run instead of the registry (tests). */
  rules?: readonly Rule[];
}

export function createResolutionService(options: ServiceOptions = {}): ResolutionService {
  const settings = defaultSettings(options.settings);
  const data = createDataSet(settings);
  const logger = options.logger ?? silentLogger;
  const rules = options.rules ?? RULES;
  const results = new WeakMap<ResolutionDoc, Diagnostic[]>();
  /** What the check of each document version keeps for the next (see Checked); results of another service do not apply. */
  const checks = new WeakMap<ResolutionDoc, Checked>();
  const self = {};
  const views = new WeakMap<ResolutionDoc, ResolutionDoc>();
  /** The document as rules and features see it: the configured organ fills in where the text names none. */
  const withOrgan = (doc: ResolutionDoc): ResolutionDoc => {
    if (doc.organ || !settings.organ) return doc;
    let view = views.get(doc);
    if (!view) views.set(doc, (view = resolutionDoc({ ...doc, organ: settings.organ })));
    return view;
  };
  const ctxOf = (doc: ResolutionDoc): FeatureContext => ({ doc: withOrgan(doc), data, settings });

  /** Runs one provider member; a failure is logged and reads as "nothing". */
  function guarded<T>(what: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (e) {
      logger.error(`${what} failed: ${failureText(e)}`);
      return fallback;
    }
  }

  function levelOf(rule: Pick<Rule, 'code' | 'defaultSeverity'>, finding?: Finding): Severity | 'off' {
    return configured(rule.code) ?? finding?.severity ?? rule.defaultSeverity;
  }
  /** The level the settings give a code (or its family), once per code: asked for every finding. */
  const levels = new Map<string, Severity | 'off' | undefined>();
  function configured(code: string): Severity | 'off' | undefined {
    if (!levels.has(code)) levels.set(code, settings.rules[code] ?? settings.rules[`${code.split('/')[0]}/*`]);
    return levels.get(code);
  }

  /** The analysis, one rule per step, so that a host can pause between rules and give up. */
  function* analysis(doc: ResolutionDoc, previous?: Checked): Generator<void, Diagnostic[]> {
    const ctx: RuleContext = ctxOf(doc);
    const reduced = doc.text.length > settings.maxDocumentSize;
    const out: Diagnostic[] = [];
    const perParagraph = new Map<string, Found>();
    const before = previous?.by === self ? previous : undefined;
    let aligned: ReturnType<typeof alignment> | null = null;
    /** A local rule's findings: read in the paragraphs that changed since `previous`, moved from there in the others. */
    const local = (rule: Rule, part: LocalPart) => {
      const kept = before?.found.get(rule.code);
      if (kept && aligned === null) aligned = alignment(before!.outline, doc);
      const r = localFindings(part, ctx, kept && aligned ? { ...aligned, found: kept } : undefined);
      perParagraph.set(rule.code, r.found);
      return r.findings;
    };
    for (const rule of rules) {
      if (settings.rules[rule.code] === 'off') continue;
      if (reduced && !REDUCED_MODE_RULES.test(rule.code)) continue;
      const found = guarded(`rule ${rule.code}`, [] as Finding[], () => screenFindings(rule.code, doc.text, rule.local ? local(rule, rule.local) : rule.check(ctx), (m) => logger.error(m)));
      for (const f of found) {
        const level = levelOf(rule, f);
        if (level !== 'off') out.push({ ...f, code: rule.code, severity: level });
      }
      yield;
    }
    const { kept, unused } = guarded('suppression comments', { kept: out, unused: [] }, () => applySuppressions(doc, out, levelOf(UNUSED_SUPPRESSION)));
    kept.push(...unused);
    const reducedLevel = levelOf(REDUCED_MODE);
    if (reduced && reducedLevel !== 'off') {
      kept.push({
        code: REDUCED_MODE.code,
        severity: reducedLevel,
        span: { start: 0, end: Math.min(doc.text.length, doc.lines.lineEnd(0)) },
        message: `This document is larger than ${formatSize(settings.maxDocumentSize)}: only citation and numbering checks run. Raise "resolute.maxDocumentSizeMB" to check it fully.`,
      });
    }
    kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    results.set(doc, kept);
    checks.set(doc, { by: self, found: perParagraph, outline: outlineOf(doc) });
    return kept;
  }

  function diagnostics(doc: ResolutionDoc, previous?: Checked): Diagnostic[] {
    const cached = results.get(doc);
    if (cached) return cached;
    const steps = analysis(doc, previous);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  async function diagnosticsUnlessSuperseded(doc: ResolutionDoc, carryOn: () => Promise<boolean>, { previous, sliceMs = 8 }: { previous?: Checked; sliceMs?: number } = {}): Promise<Diagnostic[] | undefined> {
    const cached = results.get(doc);
    if (cached) return cached;
    const steps = analysis(doc, previous);
    let since = Date.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (Date.now() - since >= sliceMs) {
        if (!(await carryOn())) return undefined;
        since = Date.now();
      }
    }
  }

  function each<T>(what: string, pick: (p: FeatureProvider) => ((...a: never[]) => T) | undefined, call: (p: FeatureProvider) => T | undefined): T[] {
    const out: T[] = [];
    for (const p of FEATURES) {
      if (!pick(p)) continue;
      const r = guarded(what, undefined, () => call(p));
      if (r !== undefined) out.push(r);
    }
    return out;
  }

  return {
    settings,
    data,
    diagnostics,
    diagnosticsUnlessSuperseded,
    checked: (doc) => checks.get(doc),
    fixes(doc, span) {
      const out: { diagnostic: Diagnostic; fix: Fix }[] = [];
      for (const d of diagnostics(doc)) {
        if (!overlaps(d.span, span)) continue;
        for (const fix of d.fixes ?? []) out.push({ diagnostic: d, fix });
        if (d.code !== UNUSED_SUPPRESSION.code) out.push({ diagnostic: d, fix: suppressionFix(doc, d) });
      }
      return out;
    },
    hover: (doc, offset) => each('hover', (p) => p.hover, (p) => p.hover!(ctxOf(doc), offset))[0],
    complete: (doc, offset) => each('completion', (p) => p.complete, (p) => p.complete!(ctxOf(doc), offset)).flat(),
    links: (doc) => each('links', (p) => p.links, (p) => p.links!(ctxOf(doc))).flat(),
    symbols: (doc) => each('symbols', (p) => p.symbols, (p) => p.symbols!(ctxOf(doc))).flat(),
    folding: (doc) => each('folding', (p) => p.folding, (p) => p.folding!(ctxOf(doc))).flat(),
    definition: (doc, offset) => each('definition', (p) => p.definition, (p) => p.definition!(ctxOf(doc), offset)).flat(),
    references: (doc, offset, incl) => each('references', (p) => p.references, (p) => p.references!(ctxOf(doc), offset, incl)).flat(),
    prepareRename: (doc, offset) => each('prepareRename', (p) => p.prepareRename, (p) => p.prepareRename!(ctxOf(doc), offset))[0],
    rename: (doc, offset, newName) => each('rename', (p) => p.rename, (p) => p.rename!(ctxOf(doc), offset, newName))[0]?.edits,
    renumber: (doc) => each('renumber', (p) => p.renumber, (p) => p.renumber!(ctxOf(doc)))[0],
    statistics: (doc) => Object.assign({}, ...each('statistics', (p) => p.statistics, (p) => p.statistics!(ctxOf(doc)))),
    catalogue: () => data.sc.search('', [], Number.MAX_SAFE_INTEGER).map((r) => ({ number: r.number, year: r.year, date: r.date, subject: r.subject })),
  };
}

function formatSize(units: number): string {
  return units >= 1048576 ? `${+(units / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(units / 1024))} KB`;
}
