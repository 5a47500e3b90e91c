import type { Severity } from './rules/types';

export type RuleLevel = Severity | 'off';

export interface ExtraResolution {
  readonly number: number;
  /** ISO date, yyyy-mm-dd. */
  readonly date: string;
  readonly meeting?: number;
  readonly subject?: string;
  readonly vote?: string;
}

export interface AnalysisSettings {
  /** Per-code severity; `off` skips the rule. */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** Resolutions adopted after the bundled catalogue. */
  readonly extraResolutions: readonly ExtraResolution[];
  /** User glossary: acronym to full name (settings and resolute-glossary.txt). */
  readonly glossary: Readonly<Record<string, string>>;
  /** Forces the organ when the text does not say. */
  readonly organ?: 'SC' | 'GA';
  /** Documents larger than this (UTF-16 code units) are checked in reduced mode. */
  readonly maxDocumentSize: number;
  /** "Today" for checks against the calendar (GA sessions in the future); ISO date. */
  readonly today: string;
}

export const DEFAULT_MAX_DOCUMENT_SIZE = 5 * 1024 * 1024;

export function defaultSettings(overrides: Partial<AnalysisSettings> = {}): AnalysisSettings {
  return {
    rules: {},
    extraResolutions: [],
    glossary: {},
    maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE,
    today: new Date().toISOString().slice(0, 10),
    ...overrides,
  };
}

export function isLevel(v: unknown): v is RuleLevel {
  return v === 'error' || v === 'warning' || v === 'information' || v === 'hint' || v === 'off';
}
