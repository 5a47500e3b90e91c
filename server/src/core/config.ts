import { isLevel, type AnalysisSettings, type ExtraResolution, type RuleLevel } from './settings';

export const CONFIG_FILE = 'resolute.json';
export const GLOSSARY_FILE = 'resolute-glossary.txt';

export interface WorkspaceConfig {
  readonly settings: Partial<AnalysisSettings>;
  /** Glossary file named by the configuration, relative to the workspace root. */
  readonly glossaryPath?: string;
  /** Problems found while reading, one line each. */
  readonly problems: string[];
}

/**
 * Reads resolute.json: `{"rules": {...}, "organ": "SC", "glossary": "path", "catalogue": {"extra": [...]}}`.
 * Unknown keys and invalid values are reported and ignored.
 */
export function parseWorkspaceConfig(json: string): WorkspaceConfig {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { settings: {}, problems: [`${CONFIG_FILE} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { settings: {}, problems: [`${CONFIG_FILE} must hold a JSON object`] };
  const o = raw as Record<string, unknown>;
  const rules: Record<string, RuleLevel> = {};
  for (const [code, level] of Object.entries((o.rules as Record<string, unknown>) ?? {})) {
    if (isLevel(level)) rules[code] = level;
    else problems.push(`${CONFIG_FILE}: rule ${code}: "${String(level)}" is not one of error, warning, information, hint, off`);
  }
  const settings: { -readonly [K in keyof AnalysisSettings]?: AnalysisSettings[K] } = { rules };
  if (o.organ === 'SC' || o.organ === 'GA') settings.organ = o.organ;
  else if (o.organ !== undefined) problems.push(`${CONFIG_FILE}: organ must be "SC" or "GA"`);
  const extra = parseExtraResolutions((o.catalogue as Record<string, unknown> | undefined)?.extra, problems);
  if (extra.length) settings.extraResolutions = extra;
  const glossaryPath = typeof o.glossary === 'string' ? o.glossary : undefined;
  return { settings, glossaryPath, problems };
}

/** `[{"number": 2826, "date": "2026-07-01", "meeting": 10190, "subject": "...", "vote": "15-0-0"}]` */
export function parseExtraResolutions(raw: unknown, problems: string[] = []): ExtraResolution[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push('catalogue.extra must be a list');
    return [];
  }
  const out: ExtraResolution[] = [];
  for (const e of raw) {
    const r = (e && typeof e === 'object' ? e : {}) as Record<string, unknown>;
    const number = Number(r.number);
    const date = typeof r.date === 'string' ? r.date : '';
    if (!Number.isInteger(number) || number < 1 || !/^\d{4}-\d\d-\d\d$/.test(date)) {
      problems.push(`catalogue.extra: ${JSON.stringify(e)} needs a whole "number" and a "date" as yyyy-mm-dd`);
      continue;
    }
    out.push({
      number,
      date,
      meeting: Number.isInteger(r.meeting) ? (r.meeting as number) : undefined,
      subject: typeof r.subject === 'string' ? r.subject : undefined,
      vote: typeof r.vote === 'string' ? r.vote : undefined,
    });
  }
  return out;
}

/** `ACR = Full name` per line; `#` starts a comment. */
export function parseGlossary(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r\n|\r|\n/)) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9/&-]*)\s*=\s*(.+)$/.exec(t);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}

/**
 * The settings of a workspace from its two files, read through `read` (a path relative to the
 * workspace root; undefined when the file is missing or refused): resolute.json, then the glossary
 * it names or resolute-glossary.txt. The Node host reads the disk, the web worker asks its client.
 */
export async function settingsFromFiles(read: (path: string) => Promise<string | undefined>, problems: string[] = []): Promise<Partial<AnalysisSettings>> {
  const text = await read(CONFIG_FILE);
  const config = text === undefined ? undefined : parseWorkspaceConfig(text);
  if (config) problems.push(...config.problems);
  const glossary = parseGlossary((await read(config?.glossaryPath ?? GLOSSARY_FILE)) ?? '');
  return { ...(config?.settings ?? {}), glossary };
}
